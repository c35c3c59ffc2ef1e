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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::render_to_string;
    use dmscore_core::{assess, Field, Form};

    fn bands_of(form: &Form) -> String {
        render_to_string::<Bands>(BandsProps {
            assessment: Shared::new(assess(form)),
        })
    }

    #[test]
    fn each_measure_is_drawn_against_its_band_edges_to_scale() {
        // The PGA's scale runs to 1.5 × its last edge (40 %): 60 % over 230
        // units from 8.
        let form = Form::page_default()
            .with(Field::PgaBaseline, "6")
            .with(Field::PgaWeek24, "3")
            .with(Field::HaqBaseline, "1.5")
            .with(Field::HaqWeek24, "2")
            .with(Field::MmtBaseline, "60")
            .with(Field::MmtWeek24, "140");
        let html = bands_of(&form);
        let pga = &html[html.find("id=\"band-pga\"").expect("a PGA figure")..];
        for drawn in [
            "— 30.0 % improvement, band &gt; 25 to 40 %: 17.5 points.</figcaption>",
            r#"<line x1="27.2" x2="27.2" y1="14" y2="46" class="chart-target"></line><text x="27.2" y="11" text-anchor="middle" class="chart-label">5</text>"#,
            r#"<line x1="65.5" x2="65.5""#,
            r#"<line x1="103.8" x2="103.8""#,
            r#"<line x1="161.3" x2="161.3""#,
            r#"<rect x="8" y="20" width="115.0" height="20" class="bar-week24"></rect><text x="248" y="35" class="chart-value">30.0 % → 17.5 points</text>"#,
        ] {
            assert!(pga.contains(drawn), "{drawn} not in {pga}");
        }
        // A worsening is drawn as no bar; an improvement past the scale's
        // end (MMT, 53.3 % of the scale against a top of 45 %) stops there.
        for drawn in [
            r#"width="0" height="20" class="bar-week24"></rect><text x="248" y="35" class="chart-value">−16.7 % → 0 points</text>"#,
            r#"width="230" height="20" class="bar-week24"></rect><text x="248" y="35" class="chart-value">53.3 % → 32.5 points</text>"#,
            r#"<line x1="18.2" x2="18.2""#,
            "<tr><th scope=\"row\">HAQ disability index (CHAQ)</th><td>−16.7 %</td><td>≤ 5 %</td><td>0</td></tr>",
        ] {
            assert!(html.contains(drawn), "{drawn} not in {html}");
        }
        // CK alone, the seed rule's business, draws nothing here.
        let ck = Form::page_default()
            .with(Field::CkUln, "200")
            .with(Field::CkBaseline, "1200")
            .with(Field::CkWeek24, "500");
        assert_eq!(bands_of(&ck), "");
    }
}
