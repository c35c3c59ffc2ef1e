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
/// its left.
const X0: u32 = 72;
const WIDTH: u32 = 226;
/// The values' column, past the bar area's end, which no bar or target
/// passes (the axis holds all three): at a bar's end, the dashed line
/// could strike a number through ("500" beside a target of 600).
const VALUE_X: u32 = X0 + WIDTH + 8;
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
        html! {
            <>
                <text x="0" y={(y + 15).to_string()} class="chart-label">{ label.to_owned() }</text>
                <rect x={X0.to_string()} y={y.to_string()} width={width.to_string()} height="20" class={class} />
                <text x={VALUE_X.to_string()} y={(y + 15).to_string()} class="chart-value">{ value(v) }</text>
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::render_to_string;
    use dmscore_core::{assess, Field, Form};

    fn chart_of(form: &Form) -> String {
        render_to_string::<Chart>(ChartProps {
            assessment: Shared::new(assess(form)),
        })
    }

    #[test]
    fn the_bars_and_the_target_are_drawn_to_scale() {
        // CK falls: the axis runs to the baseline (226 units wide from 72),
        // each value written in the column past the axis's end (306).
        let ck = Form::page_default()
            .with(Field::CkUln, "200")
            .with(Field::CkBaseline, "1200")
            .with(Field::CkWeek24, "500");
        let html = chart_of(&ck);
        for drawn in [
            r#"<rect x="72" y="6" width="226" height="20" class="bar-baseline"></rect><text x="306" y="21" class="chart-value">1200</text>"#,
            // 500 / 1200 = 41.7 % of 226; its value in the same column,
            // not at the bar's end, where the target's line crossed it.
            r#"<rect x="72" y="36" width="94.2" height="20" class="bar-week24"></rect><text x="306" y="51" class="chart-value">500</text>"#,
            // The target, half the baseline, at 72 + 113.
            r#"<line x1="185" x2="185" y1="1" y2="63" class="chart-target">"#,
            "<desc id=\"ck-chart-desc\">Baseline 1200 U/L, week 24 500 U/L; week 24 had to be at most 600 U/L.</desc>",
            "<td>1200 U/L</td><td>500 U/L</td><td>at most 600 U/L</td>",
        ] {
            assert!(html.contains(drawn), "{drawn} not in {html}");
        }
        // MMT rises: the axis is the scale, and the target is the score
        // that halves the deficit (150 − 110 = 40 → 20: 130, 86.7 %).
        let mmt = Form::page_default()
            .with(Field::MmtBaseline, "110")
            .with(Field::MmtWeek24, "135");
        let html = chart_of(&mmt);
        for drawn in [
            r#"width="165.7" height="20" class="bar-baseline""#,
            r#"width="203.4" height="20" class="bar-week24""#,
            r#"<line x1="267.9" x2="267.9""#,
            "week 24 had to be at least 130.",
            "<td>at least 130</td>",
        ] {
            assert!(html.contains(drawn), "{drawn} not in {html}");
        }
        assert!(!html.contains("ck-chart"), "{html}");
        let nothing = chart_of(&Form::page_default());
        assert!(
            nothing.contains("Enter a domain's baseline and week-24 values to draw it.")
                && !nothing.contains("chart-table"),
            "{nothing}"
        );
    }
}
