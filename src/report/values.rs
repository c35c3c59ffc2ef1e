//! The values the report rests on, with their units, and the report's
//! date: what a printed report must show besides the result.

use crate::shared::Shared;
use dmscore_core::format::value;
use dmscore_core::{Assessment, Enzyme, Field, Inputs, Measure};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValuesProps {
    pub assessment: Shared<Assessment>,
    /// The local date, `2026-11-25`.
    pub date: String,
    /// The rules version and the values' fingerprint.
    pub provenance: String,
}

/// The other core set measures' fields shown, with their units: those of
/// the strength measure and the enzyme in use.
fn core_rows(i: &Inputs) -> Vec<(Field, &'static str)> {
    use Field::*;
    let mut rows = vec![
        (PgaBaseline, "cm"),
        (PgaWeek24, "cm"),
        (PtgaBaseline, "cm"),
        (PtgaWeek24, "cm"),
        (ExtraBaseline, "cm"),
        (ExtraWeek24, "cm"),
        (HaqBaseline, ""),
        (HaqWeek24, ""),
    ];
    if i.core_set()[2] == Measure::Cmas {
        rows.extend([(CmasBaseline, ""), (CmasWeek24, "")]);
    }
    if i.enzyme_followed() != Enzyme::Ck {
        let unit = i.enzyme_unit.value().map_or("", |u| u.symbol());
        rows.extend([
            (EnzymeUln, unit),
            (EnzymeBaseline, unit),
            (EnzymeWeek24, unit),
        ]);
    }
    rows
}

#[function_component(Values)]
pub fn values(props: &ValuesProps) -> Html {
    let i = &props.assessment.inputs;
    let ck_unit = i.ck_unit.value().map_or("", |u| u.symbol());
    let shown = |v: Option<Decimal>, unit: &str| {
        v.map_or_else(
            || "not entered".to_owned(),
            |v| format!("{} {unit}", value(v)).trim_end().to_owned(),
        )
    };
    // A value that may not be what was meant (1.200 U/L) says so beside
    // itself, on paper too.
    let row = |field: Field, unit: &str| {
        html! {
            <tr>
                <th scope="row">{ field.label() }</th>
                <td id={format!("value-{}", field.id())}>
                    { shown(i.value(field), unit) }
                    if let Some(doubt) = i.doubt(field) {
                        <p class="field-doubt">{ doubt }</p>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <section class="values panel" aria-labelledby="values-heading">
            <h2 id="values-heading">{ "Values" }</h2>
            <p id="report-date">{ format!("Report date: {}", props.date) }</p>
            <p id="report-provenance">{ &props.provenance }</p>
            <table>
                <tbody>
                    { row(Field::CkUln, ck_unit) }
                    { row(Field::CkBaseline, ck_unit) }
                    { row(Field::CkWeek24, ck_unit) }
                    { row(Field::MmtMax, "points") }
                    { row(Field::MmtBaseline, "points") }
                    { row(Field::MmtWeek24, "points") }
                    { row(Field::DssiBaseline, "") }
                    { row(Field::DssiWeek24, "") }
                    if i.core_set_entered() {
                        <tr>
                            <th scope="row">{ "Population (TIS thresholds)" }</th>
                            <td id="value-population">{ i.population.value().map_or("to be corrected", |p| p.label()) }</td>
                        </tr>
                        { for core_rows(i).into_iter().map(|(field, unit)| row(field, unit)) }
                    }
                </tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dmscore_core::Form;

    fn fields(form: &Form) -> Vec<(Field, &'static str)> {
        core_rows(&Inputs::from_form(form))
            .into_iter()
            .filter(|(f, _)| f.id().starts_with("cmas") || f.id().starts_with("enzyme"))
            .collect()
    }

    #[test]
    fn the_strength_measure_and_enzyme_in_use_are_the_ones_printed() {
        // An adult: MMT and CK, already printed above the core set.
        let adult = Form::typed(&[(Field::PgaBaseline, "6"), (Field::CmasBaseline, "30")]);
        assert_eq!(fields(&adult), []);
        let child = adult
            .clone()
            .with(Field::Population, "juvenile")
            .with(Field::Strength, "cmas")
            .with(Field::EnzymeName, "aldolase")
            .with(Field::EnzymeUnit, "U/L");
        assert_eq!(
            fields(&child),
            [
                (Field::CmasBaseline, ""),
                (Field::CmasWeek24, ""),
                (Field::EnzymeUln, "U/L"),
                (Field::EnzymeBaseline, "U/L"),
                (Field::EnzymeWeek24, "U/L"),
            ]
        );
    }
}
