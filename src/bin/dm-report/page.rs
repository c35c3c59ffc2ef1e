//! The report page's state: the form in the URL fragment, as on the
//! calculator; everything shown is derived from it.

use crate::chart::Chart;
use crate::fragment;
use crate::share::{today, Share};
use crate::values::Values;
use crate::worked::Worked;
use crate::worksheet::Worksheet;
use dmscore_core::mmt8::Sheet;
use dmscore_core::{assess, link, Form};
use yew::prelude::*;

#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let form = use_state(fragment::read);
    // The worksheet's grades live in the address too, after the form's keys:
    // a reload or a shared report link keeps them.
    let sheet = use_state(|| Sheet::decode(&fragment::hash()));
    {
        let (form, sheet) = (form.clone(), sheet.clone());
        fragment::use_linked_form(move |linked| {
            form.set(linked);
            sheet.set(Sheet::decode(&fragment::hash()));
        });
    }
    fragment::use_saved_fragment(format!("{}{}", link::encode(&form), sheet.encode()));
    let assessment = use_memo((*form).clone(), assess);
    let on_totals = {
        let form = form.clone();
        Callback::from(move |filled: Form| form.set(filled))
    };
    let on_sheet = {
        let sheet = sheet.clone();
        Callback::from(move |next: Sheet| sheet.set(next))
    };
    let calculator = format!("../#{}", link::encode(&form));
    // `?worksheet` (the calculator's MMT link) opens the worksheet first.
    let worksheet_first = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("worksheet"));
    html! {
        <>
            <p class="crumb screen-only">
                <a id="back-to-calculator" href={calculator}>{ "← Back to the calculator with these values" }</a>
            </p>
            <Worksheet
                form={(*form).clone()}
                sheet={(*sheet).clone()}
                {on_totals}
                {on_sheet}
                open={worksheet_first || *sheet != Sheet::default()}
            />
            <Values assessment={assessment.clone()} date={today()} />
            <Worked assessment={assessment.clone()} />
            <Chart assessment={assessment.clone()} />
            <Share form={(*form).clone()} assessment={assessment} />
        </>
    }
}
