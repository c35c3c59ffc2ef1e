//! The report page: the calculator's current patient (from the same URL
//! fragment) with each rule worked with the patient's numbers, a chart,
//! "Copy link", "Copy summary", printing, and the MMT-8 worksheet that
//! fills the MMT totals. A separate page with its own wasm, opened on
//! purpose, so the calculator's first load stays within its budget.
//!
//! Its state is the form in the URL fragment, as on the calculator, plus
//! the worksheet's grades after it; everything shown is derived from them.

mod bands;
mod chart;
mod share;
mod values;
mod worked;
mod worksheet;

use crate::shared::Shared;
use crate::{fragment, platform};
use bands::Bands;
use chart::Chart;
use dmscore_core::mmt8::Sheet;
use dmscore_core::{assess, link, Form};
use share::Share;
use std::rc::Rc;
use values::Values;
use worked::Worked;
use worksheet::{SheetChange, Worksheet};
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

/// What the page learns from the browser when it opens (natively, for the
/// prerender, nothing: the default form, no date).
struct Opened {
    /// The address's fragment: the form, then the worksheet's grades.
    fragment: String,
    /// `?worksheet` (the calculator's MMT link) opens the worksheet first.
    worksheet_first: bool,
    /// The report's date, the local date when it was opened.
    date: String,
}

/// Saves the report's fragment: the form's keys (`linked`), then the
/// worksheet's grades.
fn save(linked: &str, sheet: &Sheet) {
    fragment::save(&format!("{linked}{}", sheet.encode()));
}

#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let opened = use_memo((), |_| Opened {
        fragment: fragment::read(),
        worksheet_first: platform::location_query().contains("worksheet"),
        date: platform::today(),
    });
    let form = use_state(|| link::decode(&opened.fragment));
    // The worksheet's grades live in the address too, after the form's keys:
    // a reload or a shared report link keeps them.
    let sheet = use_reducer(|| SheetState(Sheet::decode(&opened.fragment)));
    {
        let (form, sheet) = (form.clone(), sheet.dispatcher());
        fragment::use_link_changes(move |linked, fragment| {
            form.set(linked);
            sheet.dispatch(SheetChange::Replace(Box::new(Sheet::decode(fragment))));
        });
    }
    let sheet_now = &sheet.0;
    let linked = link::encode(&form);
    save(&linked, sheet_now);
    let (worksheet_first, date) = (opened.worksheet_first, opened.date.clone());
    let assessment = Shared::from(use_memo((*form).clone(), assess));
    // Each edit is saved in its own event, before yew renders it
    // (`fragment::save`); the handles read the state as just changed.
    let on_totals = {
        let (form, sheet) = (form.clone(), sheet.clone());
        Callback::from(move |filled: Form| {
            form.set(filled);
            save(&link::encode(&form), &sheet.0);
        })
    };
    let on_change = {
        let (form, sheet) = (form.clone(), sheet.clone());
        Callback::from(move |change: SheetChange| {
            sheet.dispatch(change);
            save(&link::encode(&form), &sheet.0);
        })
    };
    let calculator = format!("../#{linked}");
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
            <Values assessment={assessment.clone()} {date} provenance={dmscore_core::note::provenance(&form)} />
            <Worked assessment={assessment.clone()} />
            <Chart assessment={assessment.clone()} />
            <Bands assessment={assessment.clone()} />
            <Share form={(*form).clone()} assessment={assessment} />
        </>
    }
}
