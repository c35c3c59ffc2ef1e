//! The report page's state: the form in the URL fragment, as on the
//! calculator; everything shown is derived from it.

use crate::chart::Chart;
use crate::fragment;
use crate::share::Share;
use crate::worked::Worked;
use crate::worksheet::Worksheet;
use dmscore_core::{assess, link, Form};
use yew::prelude::*;

#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let form = use_state(fragment::read);
    {
        let form = form.clone();
        fragment::use_linked_form(move |linked| form.set(linked));
    }
    fragment::use_saved_in_fragment(&form);
    let assessment = use_memo((*form).clone(), assess);
    let on_totals = {
        let form = form.clone();
        Callback::from(move |filled: Form| form.set(filled))
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
            <Worksheet form={(*form).clone()} {on_totals} open={worksheet_first} />
            <Worked assessment={assessment.clone()} />
            <Chart assessment={assessment.clone()} />
            <Share form={(*form).clone()} assessment={assessment} />
        </>
    }
}
