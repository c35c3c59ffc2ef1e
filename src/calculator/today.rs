//! The other IMACS core set measures, for the ACR/EULAR 2016 Total
//! Improvement Score and the IMACS 2004 definition of improvement. The
//! section is collapsed until opened (or until a link holds its values), so
//! someone who wants only the seed rule sees the form as short as before.

use super::fields::{units, Controls};
use dmscore_core::{Enzyme, Field, Measure, Population, Strength};
use yew::prelude::*;

/// Whether any of the section's fields holds text: a link with them opens it.
pub fn has_values(form: &dmscore_core::Form) -> bool {
    Field::ALL
        .into_iter()
        .filter(|f| !Field::SEED.contains(f))
        .any(|f| !form.get(f).trim().is_empty())
}

/// The section: its summary only while collapsed (the fields are rendered
/// once it is opened, so the seed rule's page renders no more than before).
pub fn inputs(c: &Controls, open: bool, on_toggle: Callback<Event>) -> Html {
    html! {
        <details id="today" class="today" {open} ontoggle={on_toggle}>
            <summary>{ "Today's criteria: ACR/EULAR 2016 TIS and IMACS 2004 DOI" }</summary>
            if open {
                { fields(c) }
            }
        </details>
    }
}

fn fields(c: &Controls) -> Html {
    let i = c.inputs;
    let juvenile = i.population.value() == Some(Population::Juvenile);
    let cmas = i.core_set()[2] == Measure::Cmas;
    let pair = |baseline: Field, week24: Field, name: &str, range: &str, hint| {
        html! {
            <>
                { c.input(baseline, format!("{name} baseline ({range})"), hint) }
                { c.input(week24, format!("{name} week 24 ({range})"), None) }
            </>
        }
    };
    let own_fields = [
        Field::EnzymeUnit,
        Field::EnzymeUln,
        Field::EnzymeBaseline,
        Field::EnzymeWeek24,
    ];
    let enzyme = i.enzyme_followed();
    let own_enzyme = enzyme != Enzyme::Ck
        || i.error(Field::EnzymeName).is_some()
        || own_fields.iter().any(|f| c.typed(*f));
    // An enzyme's own values typed while CK is followed: kept, and said
    // to be unscored (hazard H20). A name to correct leaves the enzyme
    // waiting for it, so it is not said then.
    let ck_followed = enzyme == Enzyme::Ck && i.error(Field::EnzymeName).is_none();
    let enzyme_unit = i.enzyme_unit.value().map_or("unit?", |u| u.symbol());
    let enzyme_name = if enzyme == Enzyme::Ck {
        "Enzyme"
    } else {
        enzyme.name()
    };
    html! {
        <>
            <p class="hint">
                { "The same visit by the six core set measures. MMT and the enzyme are the values above unless chosen otherwise; week 24 stands for any follow-up visit." }
            </p>
            { c.choice(
                Field::Population,
                "Population",
                &Population::ALL.map(|p| (p.code(), p.label())),
                i.population.value().map(Population::code),
                Some("TIS categories: adult 20, 40, 60; juvenile 30, 45, 70 (minimal, moderate, major)."),
            ) }
            if juvenile || c.typed(Field::Strength) {
                { c.choice(
                    Field::Strength,
                    "Strength measure",
                    &[(Strength::Mmt.code(), "MMT (the scores above)"), (Strength::Cmas.code(), "CMAS (0–52)")],
                    i.strength.value().map(Strength::code),
                    None,
                ) }
            }
            <fieldset>
                <legend>{ "Global activity (0–10 cm visual analogue scale)" }</legend>
                { pair(Field::PgaBaseline, Field::PgaWeek24, "Physician global", "0–10 cm", None) }
                { pair(Field::PtgaBaseline, Field::PtgaWeek24, if juvenile { "Parent global" } else { "Patient global" }, "0–10 cm", None) }
                { pair(Field::ExtraBaseline, Field::ExtraWeek24, "Extramuscular activity", "0–10 cm", None) }
            </fieldset>
            <fieldset>
                <legend>{ if juvenile { "Childhood HAQ (CHAQ)" } else { "HAQ disability index" } }</legend>
                { pair(Field::HaqBaseline, Field::HaqWeek24, if juvenile { "CHAQ" } else { "HAQ" }, "0–3", None) }
            </fieldset>
            if cmas || c.typed(Field::CmasBaseline) || c.typed(Field::CmasWeek24) {
                <fieldset>
                    <legend>{ "Childhood Myositis Assessment Scale" }</legend>
                    // Scores kept in view while MMT is scored say so at
                    // the field: an adult's form shows no strength choice
                    // (hazard H20).
                    { pair(Field::CmasBaseline, Field::CmasWeek24, "CMAS", "0–52", (!cmas).then_some(
                        "Not scored: the TIS and DOI score MMT; CMAS only when chosen for a juvenile patient.",
                    )) }
                </fieldset>
            }
            <fieldset>
                <legend>{ "Muscle enzyme" }</legend>
                { c.choice(
                    Field::EnzymeName,
                    "The most abnormal enzyme at baseline",
                    &Enzyme::ALL.map(|e| (e.code(), if e == Enzyme::Ck { "CK (the values above)" } else { e.name() })),
                    i.enzyme.value().map(Enzyme::code),
                    None,
                ) }
                if own_enzyme {
                    { c.choice(Field::EnzymeUnit, "Unit of its values", &units(), i.enzyme_unit.value().map(|u| u.code()), None) }
                    { c.input(Field::EnzymeUln, format!("{enzyme_name} upper limit of normal ({enzyme_unit})"), Some("Your laboratory's reference value.")) }
                    { pair(Field::EnzymeBaseline, Field::EnzymeWeek24, enzyme_name, enzyme_unit, ck_followed.then_some(
                        "Not scored: the TIS and DOI follow CK (the values above) until another enzyme is chosen.",
                    )) }
                }
            </fieldset>
            <p class="hint">
                { "Not offered: the Likert (0–4) versions of the global scales, and the PRINTO alternatives (CHQ physical summary score, Disease Activity Score)." }
            </p>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dmscore_core::Form;

    #[test]
    fn only_text_in_the_sections_own_fields_opens_it() {
        let seed_only = Field::SEED
            .iter()
            .fold(Form::default(), |form, f| form.with(*f, "1"));
        assert!(!has_values(&seed_only));
        assert!(!has_values(&Form::default().with(Field::HaqBaseline, "  ")));
        assert!(has_values(&Form::default().with(Field::HaqBaseline, "1.5")));
        assert!(has_values(&Form::default().with(Field::EnzymeName, "ldh")));
    }
}
