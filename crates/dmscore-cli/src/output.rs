//! The contract's JSON output.

use dmscore_core::{format::rounded_percent, Assessment};
use rust_decimal::prelude::ToPrimitive;
use serde_json::{json, Map, Value};

pub fn to_json(a: &Assessment) -> Value {
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
        "verdict": r.verdict.code(),
        "criteria": criteria,
        "notes": r.notes,
        "summary": r.summary,
    })
}
