//! A chart drawn as inline SVG (no library): per domain, the baseline and
//! week-24 bars and the line the week-24 value had to reach. Colours come
//! from the stylesheet's variables, so it reads in dark mode and in print;
//! each figure has a title and a description, and the same numbers are in
//! a table for screen readers.

use crate::shared::Shared;
use dmscore_core::format::value;
use dmscore_core::partial_remission::{bars, Bars};
use dmscore_core::{Assessment, Criterion, Inputs};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub assessment: Shared<Assessment>,
}

/// The unit written after a value of this domain.
fn unit(c: Criterion, inputs: &Inputs) -> String {
    match c {
        Criterion::Ck => inputs
            .ck_unit
            .value()
            .map_or(String::new(), |u| format!(" {}", u.symbol())),
        Criterion::Mmt | Criterion::Dssi => String::new(),
    }
}

/// "week 24 had to be at most 600 U/L".
fn target_words(b: &Bars, unit: &str) -> String {
    let bound = if b.target_is_ceiling {
        "at most"
    } else {
        "at least"
    };
    format!("week 24 had to be {bound} {}{unit}", value(b.target))
}

/// Left edge and width of the bar area, in viewBox units; the label is to
/// its left, the value just after the bar's end.
const X0: u32 = 72;
const WIDTH: u32 = 226;
const VIEW_WIDTH: u32 = 380;

/// `share` (0–100) of the bar area, in viewBox units.
fn along(share: Decimal) -> Decimal {
    (share * Decimal::from(WIDTH) / Decimal::ONE_HUNDRED).round_dp(1)
}

fn figure(c: Criterion, b: &Bars, unit: &str) -> Html {
    let id = c.id();
    let (title_id, desc_id) = (format!("{id}-chart-title"), format!("{id}-chart-desc"));
    let desc = format!(
        "Baseline {}{unit}, week 24 {}{unit}; {}.",
        value(b.baseline),
        value(b.week24),
        target_words(b, unit)
    );
    let bar = |y: u32, v: Decimal, label: &str, class: &'static str| {
        let width = along(b.share(v));
        let end = Decimal::from(X0) + width + Decimal::from(6);
        html! {
            <>
                <text x="0" y={(y + 15).to_string()} class="chart-label">{ label.to_owned() }</text>
                <rect x={X0.to_string()} y={y.to_string()} width={width.to_string()} height="20" class={class} />
                <text x={end.to_string()} y={(y + 15).to_string()} class="chart-value">{ value(v) }</text>
            </>
        }
    };
    let tx = (Decimal::from(X0) + along(b.share(b.target))).to_string();
    html! {
        <figure class="chart" id={format!("{id}-chart")}>
            <figcaption>
                <strong>{ c.name() }</strong>{ format!(" — {desc} Dashed line: the week-24 target.") }
            </figcaption>
            <svg viewBox={format!("0 0 {VIEW_WIDTH} 64")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <title id={title_id}>{ c.name() }</title>
                <desc id={desc_id}>{ desc.clone() }</desc>
                { bar(6, b.baseline, "Baseline", "bar-baseline") }
                { bar(36, b.week24, "Week 24", "bar-week24") }
                <line x1={tx.clone()} x2={tx} y1="1" y2="63" class="chart-target" />
            </svg>
        </figure>
    }
}

#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let inputs = &props.assessment.inputs;
    let drawn: Vec<(Criterion, Bars, String)> = Criterion::ALL
        .into_iter()
        .filter_map(|c| bars(c, inputs).map(|b| (c, b, unit(c, inputs))))
        .collect();
    html! {
        <section class="charts panel" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{ "Chart" }</h2>
            if drawn.is_empty() {
                <p>{ "Enter a domain's baseline and week-24 values to draw it." }</p>
            }
            { for drawn.iter().map(|(c, b, u)| figure(*c, b, u)) }
            if !drawn.is_empty() {
                // Hidden by its wrapper: a table ignores a 1 px width and
                // would widen the page on a phone.
                <div class="visually-hidden">
                <table id="chart-table">
                    <caption>{ "The chart's numbers" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Domain" }</th>
                            <th scope="col">{ "Baseline" }</th>
                            <th scope="col">{ "Week 24" }</th>
                            <th scope="col">{ "Week-24 target" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for drawn.iter().map(|(c, b, u)| html! {
                            <tr>
                                <th scope="row">{ c.name() }</th>
                                <td>{ format!("{}{u}", value(b.baseline)) }</td>
                                <td>{ format!("{}{u}", value(b.week24)) }</td>
                                <td>{ format!("{} {}{u}", if b.target_is_ceiling { "at most" } else { "at least" }, value(b.target)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}
