//! The calculator page: the form's text is the only state; the assessment
//! is derived from it on each change and the fragment mirrors it.

mod announce;
pub mod fields;
pub mod results;
pub mod state;
pub mod today;

use crate::fragment;
use announce::{announcer, spoken, use_announcement};
use dmscore_core::{assess, Field};
use fields::{mmt_scale, units, Controls};
use results::results;
use state::{Change, FormState, OnEdit};
use yew::prelude::*;

/// The calculator: the seed rule's form and result.
#[function_component(Calculator)]
pub fn calculator() -> Html {
    let state = use_reducer(FormState::from_address);
    let form = &state.form;
    let assessment = use_memo(form.clone(), assess);
    let on_edit: OnEdit = state.dispatcher();

    // Today's criteria: collapsed until opened, or until a link holds
    // their values.
    let today_open = use_state(|| today::has_values(form));
    {
        let (on_edit, today_open) = (on_edit.clone(), today_open.clone());
        fragment::use_link_changes(move |linked, _| {
            if today::has_values(&linked) {
                today_open.set(true);
            }
            on_edit.dispatch(Change::Linked(Box::new(linked)))
        });
    }
    let on_toggle = {
        let today_open = today_open.clone();
        Callback::from(move |e: Event| today_open.set(crate::platform::is_open(&e)))
    };
    // Encoded once per render: the address and the report links share it.
    let linked = dmscore_core::link::encode(form);
    fragment::save(&linked);

    let said = use_announcement(spoken(&assessment, *today_open));

    let on_clear = {
        let on_edit = on_edit.clone();
        Callback::from(move |_| on_edit.dispatch(Change::Clear))
    };

    let unit_symbol = assessment
        .inputs
        .ck_unit
        .value()
        .map_or("unit?", |u| u.symbol());
    let mmt_range = assessment.inputs.value(Field::MmtMax).map_or_else(
        || "points".to_owned(),
        |m| format!("0–{}", dmscore_core::format::value(m)),
    );
    let controls = Controls {
        form,
        inputs: &assessment.inputs,
        on_edit: &on_edit,
    };
    let field = |field: Field, label: String, hint: Option<&'static str>| {
        controls.input(field, label, hint)
    };

    html! {
        <>
            <form class="inputs" aria-label="Patient values" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <fieldset>
                    <legend>{ "Creatine kinase (CK/CPK)" }</legend>
                    { controls.choice(
                        Field::CkUnit,
                        "Unit for all CK values",
                        &units(),
                        assessment.inputs.ck_unit.value().map(|u| u.code()),
                        Some("1 µkat/L = 60 U/L. The criterion is the same in either unit."),
                    ) }
                    { field(Field::CkUln, format!("Upper limit of normal ({unit_symbol})"), Some("Your laboratory's reference value.")) }
                    { field(Field::CkBaseline, format!("Baseline ({unit_symbol})"), None) }
                    { field(Field::CkWeek24, format!("Week 24 ({unit_symbol})"), None) }
                </fieldset>
                <fieldset>
                    <legend>{ "Muscle strength (Manual Muscle Test)" }</legend>
                    { mmt_scale(assessment.inputs.value(Field::MmtMax), &on_edit) }
                    { field(Field::MmtMax, "Scale maximum (points)".to_owned(), Some("A modified MRC 0–5 total over n muscle groups has maximum 5 × n.")) }
                    { field(Field::MmtBaseline, format!("Baseline score ({mmt_range})"), None) }
                    { field(Field::MmtWeek24, format!("Week-24 score ({mmt_range})"), None) }
                </fieldset>
                <fieldset>
                    <legend>{ "Skin (Dermatomyositis Skin Severity Index)" }</legend>
                    { field(Field::DssiBaseline, "Baseline DSSI (0–72)".to_owned(), None) }
                    { field(Field::DssiWeek24, "Week-24 DSSI (0–72)".to_owned(), None) }
                </fieldset>
                { today::inputs(&controls, *today_open, on_toggle) }
                <button type="button" class="secondary" onclick={on_clear}>{ "Clear all values" }</button>
            </form>
            { results(&assessment, *today_open) }
            // The report page (its own wasm, loaded only when opened) reads
            // the same fragment.
            <nav class="more screen-only" aria-label="More for this patient">
                <a class="source-link" id="open-report" href={format!("report/#{linked}")}>
                    { "Explain with these numbers, chart, copy or print" }
                </a>
                <a class="source-link" id="open-worksheet" href={format!("report/?worksheet#{linked}")}>
                    { "Enter MMT by muscle group (MMT-8 worksheet)" }
                </a>
            </nav>
            { announcer(said) }
        </>
    }
}
