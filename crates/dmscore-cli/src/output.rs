//! The contract's JSON output (CONTRACT §1 and §4).

use dmscore_core::doi;
use dmscore_core::format::{rounded_percent, rounded_within};
use dmscore_core::tis;
use dmscore_core::{Assessment, Field, Form, Measure, Unscored};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// `form` is the text `a` was assessed from: a choice left empty beside
/// values it leaves unscored (hazard H20) is said in the TIS's notes, since
/// a script, unlike the page, shows no choice beside the values.
pub fn to_json(a: &Assessment, form: &Form) -> Value {
    let r = &a.remission;
    let criteria: Map<String, Value> = r
        .criteria
        .iter()
        .map(|c| {
            let percent = c
                .outcome
                .improvement()
                .and_then(|p| rounded_percent(p, 2).to_f64())
                .map_or(Value::Null, Value::from);
            let body = json!({
                "status": c.outcome.status().code(),
                "improvement_percent": percent,
                "reason": c.reason,
            });
            (c.criterion.id().to_owned(), body)
        })
        .collect();
    json!({
        "rules_version": dmscore_core::RULES_VERSION,
        "verdict": r.verdict.code(),
        "criteria": criteria,
        "notes": r.notes,
        "summary": r.summary,
        "tis": tis_json(&a.tis, form),
        "doi": doi_json(&a.doi),
    })
}

/// An exact decimal as a JSON number with the same digits (no float).
fn number(d: Decimal) -> Value {
    serde_json::from_str(&d.normalize().to_string()).unwrap_or(Value::Null)
}

fn ids(measures: impl Iterator<Item = Measure>) -> Vec<&'static str> {
    measures.map(Measure::id).collect()
}

fn tis_json(t: &tis::Assessment, form: &Form) -> Value {
    let d = &t.decision;
    let measures: Map<String, Value> = t
        .measures
        .iter()
        .map(|m| {
            let body = match &m.scored {
                Ok(s) => json!({
                    "improvement_percent": s.improvement.map_or(Value::Null, |p| {
                        number(rounded_within(p, 2, s.band, |x| s.band_of_percent(x)))
                    }),
                    "points": number(s.points),
                    "band": s.band.label(m.measure),
                }),
                Err(_) => json!({ "improvement_percent": null, "points": null, "band": null }),
            };
            (m.measure.id().to_owned(), body)
        })
        .collect();
    json!({
        "population": d.population.map(|p| p.code()),
        "score": d.score().map_or(Value::Null, number),
        "score_min": number(d.score_min),
        "score_max": number(d.score_max),
        "category": d.category.code(),
        "measures": measures,
        "missing": ids(d.missing()),
        "summary": t.summary,
        "notes": tis_notes(t, form),
    })
}

/// The TIS's own notes, then "enzyme.name: not given, so the TIS and DOI
/// follow CK …" for each default that left values unscored.
fn tis_notes(t: &tis::Assessment, form: &Form) -> Vec<String> {
    let unscored = Unscored::find(|f| form.get(f));
    let said = unscored
        .iter()
        .map(|u| format!("{}: {}.", u.choice.path(), u.message(Field::path)));
    t.notes.iter().cloned().chain(said).collect()
}

fn doi_json(o: &doi::Assessment) -> Value {
    let d = &o.decision;
    let measures: Map<String, Value> = o
        .measures
        .iter()
        .map(|m| {
            let change = m.changed.as_ref().ok().map(|(_, c)| *c);
            let percent = m.improvement().zip(change).map_or(Value::Null, |(p, c)| {
                number(rounded_within(p, 2, c, doi::class_of_percent))
            });
            let body =
                json!({ "improvement_percent": percent, "change": change.map(doi::Change::code) });
            (m.measure.id().to_owned(), body)
        })
        .collect();
    json!({
        "status": d.status.code(),
        "improved": ids(d.with(doi::Change::Improved)),
        "worsened": ids(d.with(doi::Change::Worsened)),
        "missing": ids(d.missing()),
        "measures": measures,
        "summary": o.summary,
    })
}
