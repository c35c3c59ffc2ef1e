//! The TIS chart: each scored measure's percent improvement drawn against
//! its bands (the criteria's edges as dashed lines), with its points. Inline
//! SVG with a title and a description per figure, colours from the
//! stylesheet, and the same numbers in a table for screen readers.

use crate::shared::Shared;
use dmscore_core::format::value;
use dmscore_core::tis::{edges, MeasureResult};
use dmscore_core::Assessment;
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BandsProps {
    pub assessment: Shared<Assessment>,
}

/// Left edge and width of the scale, in viewBox units; the figure's value
/// is written past the scale's end, clear of the band edges.
const X0: i64 = 8;
const WIDTH: i64 = 230;
const VIEW_WIDTH: i64 = 400;

/// One measure drawn: its name, its improvement as shown, the band and
/// points, and the scale's top (one and a half times the last edge).
struct Row<'a> {
    result: &'a MeasureResult,
    percent: String,
    improvement: Decimal,
    band: String,
    points: String,
    top: Decimal,
}

impl Row<'_> {
    /// How far `percent` lies along the scale (clamped to it), in viewBox
    /// units.
    fn along(&self, percent: Decimal) -> Decimal {
        (percent.clamp(Decimal::ZERO, self.top) / self.top * Decimal::from(WIDTH)).round_dp(1)
    }

    /// Where `percent` is drawn, in viewBox units.
    fn x(&self, percent: Decimal) -> String {
        (Decimal::from(X0) + self.along(percent)).to_string()
    }

    fn describe(&self) -> String {
        format!(
            "{} % improvement, band {}: {} points.",
            self.percent, self.band, self.points
        )
    }
}

fn rows(a: &Assessment) -> Vec<Row<'_>> {
    a.tis
        .measures
        .iter()
        .filter_map(|result| {
            let scored = result.scored.as_ref().ok()?;
            let improvement = scored.improvement?;
            let last_edge = Decimal::from(edges(result.measure)[3]);
            Some(Row {
                result,
                percent: result.percent()?,
                improvement,
                band: scored.band.label(result.measure),
                points: value(scored.points),
                top: last_edge * Decimal::new(15, 1),
            })
        })
        .collect()
}

fn figure(row: &Row) -> Html {
    let measure = row.result.measure;
    let id = measure.id();
    let (title_id, desc_id) = (format!("band-{id}-title"), format!("band-{id}-desc"));
    html! {
        <figure class="chart" id={format!("band-{id}")}>
            <figcaption><strong>{ measure.name() }</strong>{ format!(" — {}", row.describe()) }</figcaption>
            <svg viewBox={format!("0 0 {VIEW_WIDTH} 48")} role="img" aria-labelledby={format!("{title_id} {desc_id}")}>
                <title id={title_id}>{ measure.name() }</title>
                <desc id={desc_id}>{ format!("{} Dashed lines: the band edges.", row.describe()) }</desc>
                { for edges(measure).into_iter().map(|edge| {
                    let x = row.x(Decimal::from(edge));
                    html! {
                        <>
                            <line x1={x.clone()} x2={x.clone()} y1="14" y2="46" class="chart-target" />
                            <text x={x} y="11" class="chart-label" text-anchor="middle">{ edge }</text>
                        </>
                    }
                }) }
                <rect x={X0.to_string()} y="20" width={row.along(row.improvement).to_string()} height="20" class="bar-week24" />
                <text x={(X0 + WIDTH + 10).to_string()} y="35" class="chart-value">{ format!("{} % → {} points", row.percent, row.points) }</text>
            </svg>
        </figure>
    }
}

#[function_component(Bands)]
pub fn bands(props: &BandsProps) -> Html {
    let rows = rows(&props.assessment);
    // Drawn once the other core set measures are entered: CK alone (the
    // default enzyme) is the seed rule's business.
    if rows.is_empty() || !props.assessment.inputs.core_set_entered() {
        return html! {};
    }
    html! {
        <section class="charts panel" aria-labelledby="bands-heading">
            <h2 id="bands-heading">{ "Total Improvement Score: each measure against its bands" }</h2>
            <p class="hint">{ "The bar is the measure's improvement (0 for a worsening); dashed lines mark the criteria's band edges, in %." }</p>
            { for rows.iter().map(figure) }
            // Hidden by its wrapper: a table ignores a 1 px width and would
            // widen the page on a phone.
            <div class="visually-hidden">
                <table id="bands-table">
                    <caption>{ "Each measure's improvement, band and points" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Measure" }</th>
                            <th scope="col">{ "Improvement" }</th>
                            <th scope="col">{ "Band" }</th>
                            <th scope="col">{ "Points" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ r.result.measure.name() }</th>
                                <td>{ format!("{} %", r.percent) }</td>
                                <td>{ r.band.clone() }</td>
                                <td>{ r.points.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
