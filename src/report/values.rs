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
    use crate::platform::render_to_string;
    use dmscore_core::{assess, Form};

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

    fn values_of(form: &Form) -> String {
        render_to_string::<Values>(ValuesProps {
            assessment: Shared::new(assess(form)),
            date: "2026-12-05".to_owned(),
            provenance: "Rules X".to_owned(),
        })
    }

    #[test]
    fn each_value_is_printed_with_its_unit_and_any_doubt_beside_it() {
        let seed_only = Form::page_default()
            .with(Field::CkUln, "200")
            .with(Field::CkBaseline, "1.200")
            .with(Field::MmtBaseline, "110");
        let html = values_of(&seed_only);
        for row in [
            "<p id=\"report-date\">Report date: 2026-12-05</p><p id=\"report-provenance\">Rules X</p>",
            "<td id=\"value-ck-uln\">200 U/L</td>",
            // The value read, and beside it, on paper too, what it may have meant.
            "<td id=\"value-ck-baseline\">1.2 U/L<p class=\"field-doubt\">1.200 is read as 1.2 U/L",
            "<td id=\"value-ck-week24\">not entered</td>",
            "<td id=\"value-mmt-max\">150 points</td>",
            "<td id=\"value-mmt-baseline\">110 points</td>",
            "<td id=\"value-dssi-baseline\">not entered</td>",
        ] {
            assert!(html.contains(row), "{row} not in {html}");
        }
        // Today's criteria's values are printed once some are entered.
        assert!(!html.contains("value-population"), "{html}");
        let today = seed_only
            .with(Field::PgaBaseline, "6")
            .with(Field::HaqWeek24, "1.125");
        let html = values_of(&today);
        for row in [
            "<td id=\"value-population\">Adult (DM/PM)</td>",
            "<td id=\"value-pga-baseline\">6 cm</td>",
            "<td id=\"value-pga-week24\">not entered</td>",
            // A HAQ score has no unit, and no space where one would be.
            "<td id=\"value-haq-week24\">1.125</td>",
        ] {
            assert!(html.contains(row), "{row} not in {html}");
        }
    }
}
