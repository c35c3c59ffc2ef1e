//! The report page's state: the form in the URL fragment, as on the
//! calculator; everything shown is derived from it.

use crate::chart::Chart;
use crate::fragment;
use crate::share::{today, Share};
use crate::values::Values;
use crate::worked::Worked;
use crate::worksheet::{SheetChange, Worksheet};
use dmscore_core::mmt8::Sheet;
use dmscore_core::{assess, link, Form};
use std::rc::Rc;
use yew::prelude::*;

/// The worksheet's grades as reducer state: each edit applies to the
/// current sheet.
#[derive(PartialEq)]
struct SheetState(Sheet);

impl Reducible for SheetState {
    type Action = SheetChange;

    fn reduce(self: Rc<Self>, change: SheetChange) -> Rc<Self> {
        Rc::new(SheetState(change.apply(&self.0)))
    }
}

#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let form = use_state(fragment::read);
    // The worksheet's grades live in the address too, after the form's keys:
    // a reload or a shared report link keeps them.
    let sheet = use_reducer(|| SheetState(Sheet::decode(&fragment::hash())));
    {
        let (form, sheet) = (form.clone(), sheet.dispatcher());
        fragment::use_linked_form(move |linked| {
            form.set(linked);
            sheet.dispatch(SheetChange::Replace(Box::new(Sheet::decode(
                &fragment::hash(),
            ))));
        });
    }
    let sheet_now = &sheet.0;
    let linked = link::encode(&form);
    fragment::use_saved_fragment(format!("{linked}{}", sheet_now.encode()));
    let assessment = use_memo((*form).clone(), assess);
    let on_totals = {
        let form = form.clone();
        Callback::from(move |filled: Form| form.set(filled))
    };
    let on_change = {
        let sheet = sheet.dispatcher();
        Callback::from(move |change: SheetChange| sheet.dispatch(change))
    };
    let calculator = format!("../#{linked}");
    // `?worksheet` (the calculator's MMT link) opens the worksheet first;
    // the query never changes while the page is open, so it is read once.
    let worksheet_first = *use_state(|| {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .is_some_and(|s| s.contains("worksheet"))
    });
    html! {
        <>
            <p class="crumb screen-only">
                <a id="back-to-calculator" href={calculator}>{ "← Back to the calculator with these values" }</a>
            </p>
            <Worksheet
                form={(*form).clone()}
                sheet={sheet_now.clone()}
                {on_totals}
                {on_change}
                open={worksheet_first || *sheet_now != Sheet::default()}
            />
            <Values assessment={assessment.clone()} date={today()} />
            <Worked assessment={assessment.clone()} />
            <Chart assessment={assessment.clone()} />
            <Share form={(*form).clone()} assessment={assessment} />
        </>
    }
}
