//! The three definitions side by side, and the TIS and DOI worked with the
//! patient's numbers, exactly as the core words them.

use dmscore_core::format::{joined, value};
use dmscore_core::tis;
use dmscore_core::{doi, Assessment, Inputs, Measure};
use yew::prelude::*;

/// "67.5", or "27.5 to 87.5" while measures are missing.
pub fn tis_score_text(d: &tis::Decision) -> String {
    d.score().map_or_else(
        || format!("{} to {}", value(d.score_min), value(d.score_max)),
        value,
    )
}

/// One line per definition: where they disagree, that is a plain fact —
/// they are different definitions.
pub fn side_by_side(a: &Assessment) -> Html {
    let t = &a.tis.decision;
    let o = &a.doi.decision;
    html! {
        <section class="definitions" aria-labelledby="definitions-heading">
            <h3 id="definitions-heading">{ "The three definitions for this patient" }</h3>
            <ul class="side-by-side">
                <li>
                    { "Partial remission at week 24 (Chung 2007): " }
                    <strong>{ a.remission.verdict.label() }</strong>
                </li>
                <li>
                    { "ACR/EULAR 2016 Total Improvement Score: " }
                    <strong id="tis-score" data-score={t.score().map(value).unwrap_or_default()}>
                        { tis_score_text(t) }
                    </strong>
                    { ", " }
                    <strong id="tis-category" data-category={t.category.code()}>{ t.category.label() }</strong>
                </li>
                <li>
                    { "IMACS 2004 definition of improvement: " }
                    <strong id="doi-status" data-status={o.status.code()}>{ o.status.label() }</strong>
                </li>
            </ul>
        </section>
    }
}

/// A definition worked measure by measure: its summary, one line per
/// measure (`data-result` holds the points or the change), its rule.
fn detail(
    id: &str,
    heading: &str,
    summary: &str,
    lines: Vec<(Measure, String, String)>,
    rule: String,
) -> Html {
    html! {
        <div id={format!("{id}-detail")} class="definition-detail">
            <h3>{ heading }</h3>
            <p class="summary">{ summary }</p>
            <ul class="measures">
                { for lines.into_iter().map(|(measure, result, text)| html! {
                    <li id={format!("{id}-{}", measure.id())} data-result={result}>
                        <strong>{ measure.name() }{ ": " }</strong>{ text }
                    </li>
                }) }
            </ul>
            <p class="rule">{ rule }</p>
        </div>
    }
}

/// Each measure's percent change with the formula and the patient's
/// numbers, its band and points; the score or its range; the category.
pub fn tis_detail(a: &Assessment) -> Html {
    let t = &a.tis;
    let lines = t
        .measures
        .iter()
        .map(|m| {
            let points = m.scored.as_ref().map(|s| value(s.points));
            (
                m.measure,
                points.unwrap_or_default(),
                m.explained(&a.inputs),
            )
        })
        .collect();
    let mut rule = format!("{} Source: {}", tis::IN_BRIEF, tis_source(&a.inputs));
    if !t.notes.is_empty() {
        rule = format!("{} {rule}", joined(&t.notes, " "));
    }
    detail(
        "tis",
        "ACR/EULAR 2016 Total Improvement Score",
        &t.summary,
        lines,
        rule,
    )
}

/// The TIS paper of the population entered (adult unless juvenile), cited
/// briefly: only the short form and the DOI are read, so the calculator
/// carries no full reference (the note and the docs have them).
fn tis_source(inputs: &Inputs) -> String {
    let (short, doi) = match inputs.population.value() {
        Some(dmscore_core::Population::Juvenile) => {
            (tis::JUVENILE_SOURCE.short, tis::JUVENILE_SOURCE.doi)
        }
        _ => (tis::SOURCE.short, tis::SOURCE.doi),
    };
    format!("{short}, doi:{doi}")
}

/// Which measures improved and worsened, each worked with its numbers.
pub fn doi_detail(a: &Assessment) -> Html {
    let o = &a.doi;
    let lines = o
        .measures
        .iter()
        .map(|m| {
            let change = m.changed.as_ref().map(|(_, c)| c.code().to_owned());
            (
                m.measure,
                change.unwrap_or_default(),
                m.explained(&a.inputs),
            )
        })
        .collect();
    detail(
        "doi",
        "IMACS 2004 definition of improvement",
        &o.summary,
        lines,
        format!(
            "{} Source: {}, doi:{}",
            doi::IN_BRIEF,
            doi::SOURCE.short,
            doi::SOURCE.doi
        ),
    )
}
