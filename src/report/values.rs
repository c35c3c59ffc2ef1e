//! The values the report rests on, with their units, and the report's
//! date: what a printed report must show besides the result.

use crate::shared::Shared;
use dmscore_core::format::value;
use dmscore_core::{Assessment, Field};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValuesProps {
    pub assessment: Shared<Assessment>,
    /// The local date, `2026-11-25`.
    pub date: String,
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
    let row = |field: Field, unit: &str| {
        html! {
            <tr>
                <th scope="row">{ field.label() }</th>
                <td id={format!("value-{}", field.id())}>{ shown(i.value(field), unit) }</td>
            </tr>
        }
    };
    html! {
        <section class="values panel" aria-labelledby="values-heading">
            <h2 id="values-heading">{ "Values" }</h2>
            <p id="report-date">{ format!("Report date: {}", props.date) }</p>
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
                </tbody>
            </table>
        </section>
    }
}
