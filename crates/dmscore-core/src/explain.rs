//! The rules worked with the patient's own numbers, and the plain-text
//! summary a clinician pastes into a chart note. Both use the same checked
//! values and the same comparisons as the criteria, so they cannot say
//! something the verdict does not.

use crate::assess::Assessment;
use crate::criteria::{check_ck, check_dssi, check_mmt, twice, Check, Criterion, Outcome, Status};
use crate::field::Field;
use crate::format::{percent, value};
use crate::validate::Inputs;
use rust_decimal::Decimal;

/// The source every result rests on.
pub const SOURCE: &str = "Chung L, Genovese MC, Fiorentino DF. A pilot trial of rituximab in the treatment of patients with dermatomyositis. Arch Dermatol 2007;143(6):763–767. doi:10.1001/archderm.143.6.763";

/// The comparison a decided rule made, and its conclusion: `≤`/met or
/// `>`/not met. The decision comes from the criteria's own `check_*`, so
/// the worked line can only show what the verdict used.
fn concluded(check: Check) -> (&'static str, &'static str) {
    if check == Check::Met {
        ("≤", "met")
    } else {
        (">", "not met")
    }
}

/// The criterion's rule with the numbers substituted, e.g. "baseline 1200 >
/// 2 × ULN 200 = 400 U/L, so evaluable; 2 × week 24 500 = 1000 ≤ baseline
/// 1200: met". `None` until every value it needs is entered.
pub fn working(criterion: Criterion, inputs: &Inputs) -> Option<String> {
    match criterion {
        Criterion::Ck => {
            let unit = inputs.ck_unit.value()?.symbol();
            let (uln, b, w) = (
                inputs.ck_uln.value()?,
                inputs.ck_baseline.value()?,
                inputs.ck_week24.value()?,
            );
            let check = check_ck(uln, b, w);
            let evaluable = check != Check::NotEvaluable;
            let head = format!(
                "baseline {} {} 2 × ULN {} = {} {unit}",
                value(b),
                if evaluable { ">" } else { "≤" },
                value(uln),
                value(twice(uln))
            );
            if !evaluable {
                return Some(format!(
                    "{head}: not evaluable (baseline must be above 2 × ULN)"
                ));
            }
            let (sign, word) = concluded(check);
            Some(format!(
                "{head}, so evaluable; 2 × week 24 {} = {} {sign} baseline {}: {word}",
                value(w),
                value(twice(w)),
                value(b),
            ))
        }
        Criterion::Mmt => {
            let (max, s0, s1) = (
                inputs.mmt_max.value()?,
                inputs.mmt_baseline.value()?,
                inputs.mmt_week24.value()?,
            );
            // Validation keeps both scores within 0..=max.
            let (d0, d1) = (max - s0, max - s1);
            let head = format!(
                "strength deficit = scale maximum − score: baseline {} − {} = {}, week 24 {} − {} = {}",
                value(max),
                value(s0),
                value(d0),
                value(max),
                value(s1),
                value(d1)
            );
            let check = check_mmt(max, s0, s1);
            if check == Check::NotEvaluable {
                return Some(format!(
                    "{head}; baseline deficit 0: not evaluable (no deficit to halve)"
                ));
            }
            let (sign, word) = concluded(check);
            Some(format!(
                "{head}; 2 × {} = {} {sign} {}: {word}",
                value(d1),
                value(twice(d1)),
                value(d0),
            ))
        }
        Criterion::Dssi => {
            let (b, w) = (inputs.dssi_baseline.value()?, inputs.dssi_week24.value()?);
            let check = check_dssi(b, w);
            if check == Check::NotEvaluable {
                return Some("baseline 0: not evaluable (no skin disease to reduce)".to_owned());
            }
            let (sign, word) = concluded(check);
            Some(format!(
                "baseline {} > 0, so evaluable; 2 × week 24 {} = {} {sign} baseline {}: {word}",
                value(b),
                value(w),
                value(twice(w)),
                value(b),
            ))
        }
    }
}

/// What a chart draws for one criterion: the entered baseline and week-24
/// values, the week-24 value the rule needed, and the axis's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bars {
    pub baseline: Decimal,
    pub week24: Decimal,
    /// The week-24 value at which the criterion is just met: at most this
    /// for CK and DSSI (a fall), at least this for the MMT score (a rise).
    pub target: Decimal,
    pub target_is_ceiling: bool,
    /// The axis runs from 0 to this (the MMT scale maximum; otherwise the
    /// largest value drawn).
    pub axis_max: Decimal,
}

impl Bars {
    /// `v` as a percentage of the axis, one decimal, for drawing.
    pub fn share(&self, v: Decimal) -> Decimal {
        if self.axis_max <= Decimal::ZERO {
            return Decimal::ZERO;
        }
        v.checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(self.axis_max))
            .map_or(Decimal::ZERO, |x| x.round_dp(1))
            .clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)
    }
}

/// The criterion's bars, once its values are entered (the evaluability of
/// the baseline is the worked rule's business, not the chart's).
pub fn bars(criterion: Criterion, inputs: &Inputs) -> Option<Bars> {
    let half = |b: Decimal| b / Decimal::TWO;
    let largest = |xs: [Decimal; 3]| xs.into_iter().max().unwrap_or(Decimal::ZERO);
    match criterion {
        Criterion::Ck | Criterion::Dssi => {
            let (b, w) = if criterion == Criterion::Ck {
                inputs.ck_unit.value()?;
                (inputs.ck_baseline.value()?, inputs.ck_week24.value()?)
            } else {
                (inputs.dssi_baseline.value()?, inputs.dssi_week24.value()?)
            };
            Some(Bars {
                baseline: b,
                week24: w,
                target: half(b),
                target_is_ceiling: true,
                axis_max: largest([b, w, half(b)]),
            })
        }
        Criterion::Mmt => {
            let (max, s0, s1) = (
                inputs.mmt_max.value()?,
                inputs.mmt_baseline.value()?,
                inputs.mmt_week24.value()?,
            );
            Some(Bars {
                baseline: s0,
                week24: s1,
                target: (max + s0) / Decimal::TWO,
                target_is_ceiling: false,
                axis_max: max,
            })
        }
    }
}

/// A field's value for the note, or "not entered".
fn shown(inputs: &Inputs, field: Field, unit: &str) -> String {
    let v = match field {
        Field::CkUln => inputs.ck_uln.value(),
        Field::CkBaseline => inputs.ck_baseline.value(),
        Field::CkWeek24 => inputs.ck_week24.value(),
        Field::MmtBaseline => inputs.mmt_baseline.value(),
        Field::MmtWeek24 => inputs.mmt_week24.value(),
        Field::DssiBaseline => inputs.dssi_baseline.value(),
        Field::DssiWeek24 => inputs.dssi_week24.value(),
        Field::CkUnit | Field::MmtMax => None,
    };
    v.map_or_else(
        || "not entered".to_owned(),
        |v| format!("{}{unit}", value(v)),
    )
}

/// "Met (58.3 % reduction)".
fn outcome_words(outcome: &Outcome, what: &str) -> String {
    let status = outcome.status().label();
    match (outcome.status(), outcome.improvement()) {
        (Status::NotEntered, _) | (_, None) => status.to_owned(),
        (_, Some(p)) if p < Decimal::ZERO => {
            format!("{status} ({} % {what} increase)", percent(-p))
        }
        (_, Some(p)) => format!("{status} ({} % {what} reduction)", percent(p)),
    }
}

/// The plain text for a chart note: every value with its unit, each
/// criterion's status and change, the verdict, the source and `date`.
pub fn summary_text(a: &Assessment, date: &str) -> String {
    let i = &a.inputs;
    let unit = i
        .ck_unit
        .value()
        .map_or(String::new(), |u| format!(" {}", u.symbol()));
    let scale = i.mmt_max.value().map_or_else(
        || "maximum not entered".to_owned(),
        |m| format!("scale 0–{}", value(m)),
    );
    let outcome = |c: Criterion| &a.criterion(c).outcome;
    [
        "Dermatomyositis: partial remission at week 24 (criteria of Chung et al., Arch Dermatol 2007)".to_owned(),
        format!("Date: {date}"),
        format!(
            "CK: ULN {}, baseline {}, week 24 {} — {}",
            shown(i, Field::CkUln, &unit),
            shown(i, Field::CkBaseline, &unit),
            shown(i, Field::CkWeek24, &unit),
            outcome_words(outcome(Criterion::Ck), "")
        ),
        format!(
            "MMT ({scale}): baseline {}, week 24 {} — {}",
            shown(i, Field::MmtBaseline, ""),
            shown(i, Field::MmtWeek24, ""),
            outcome_words(outcome(Criterion::Mmt), "deficit")
        ),
        format!(
            "DSSI: baseline {}, week 24 {} — {}",
            shown(i, Field::DssiBaseline, ""),
            shown(i, Field::DssiWeek24, ""),
            outcome_words(outcome(Criterion::Dssi), "")
        ),
        // The summary sentence names the verdict except while it is open.
        match a.verdict {
            crate::Verdict::Indeterminate => format!("Verdict: {}. {}", a.verdict.label(), a.summary),
            _ => format!("Verdict: {}", a.summary),
        },
        format!("Source: {SOURCE}"),
    ]
    .join("\n")
    .replace("  ", " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{assess, Form};

    fn form(pairs: &[(Field, &str)]) -> Form {
        pairs
            .iter()
            .fold(Form::page_default(), |f, (k, v)| f.with(*k, *v))
    }

    fn work(c: Criterion, pairs: &[(Field, &str)]) -> Option<String> {
        working(c, &Inputs::from_form(&form(pairs)))
    }

    #[test]
    fn ck_working_matches_the_issue_example() {
        use Field::*;
        assert_eq!(
            work(Criterion::Ck, &[(CkUln, "200"), (CkBaseline, "1200"), (CkWeek24, "500")]).unwrap(),
            "baseline 1200 > 2 × ULN 200 = 400 U/L, so evaluable; 2 × week 24 500 = 1000 ≤ baseline 1200: met"
        );
        assert_eq!(
            work(
                Criterion::Ck,
                &[(CkUln, "200"), (CkBaseline, "400"), (CkWeek24, "100")]
            )
            .unwrap(),
            "baseline 400 ≤ 2 × ULN 200 = 400 U/L: not evaluable (baseline must be above 2 × ULN)"
        );
        assert_eq!(
            work(Criterion::Ck, &[(CkUln, "200"), (CkBaseline, "1200")]),
            None
        );
    }

    #[test]
    fn mmt_working_states_the_deficit_from_the_scale_maximum() {
        use Field::*;
        assert_eq!(
            work(Criterion::Mmt, &[(MmtBaseline, "110"), (MmtWeek24, "125")]).unwrap(),
            "strength deficit = scale maximum − score: baseline 150 − 110 = 40, week 24 150 − 125 = 25; 2 × 25 = 50 > 40: not met"
        );
        assert!(
            work(Criterion::Mmt, &[(MmtBaseline, "150"), (MmtWeek24, "150")])
                .unwrap()
                .ends_with("not evaluable (no deficit to halve)")
        );
    }

    #[test]
    fn bars_show_the_target_each_rule_needs() {
        use Field::*;
        let inputs = Inputs::from_form(&form(&[
            (CkUln, "200"),
            (CkBaseline, "1200"),
            (CkWeek24, "500"),
            (MmtBaseline, "110"),
            (MmtWeek24, "135"),
        ]));
        let ck = bars(Criterion::Ck, &inputs).unwrap();
        assert_eq!(
            (ck.target, ck.target_is_ceiling, ck.axis_max),
            (Decimal::from(600), true, Decimal::from(1200))
        );
        assert_eq!(ck.share(ck.week24).to_string(), "41.7");
        let mmt = bars(Criterion::Mmt, &inputs).unwrap();
        assert_eq!(
            (mmt.target, mmt.target_is_ceiling, mmt.axis_max),
            (Decimal::from(130), false, Decimal::from(150))
        );
        assert_eq!(bars(Criterion::Dssi, &inputs), None);
    }

    #[test]
    fn dssi_working_at_exactly_half_is_met() {
        use Field::*;
        assert_eq!(
            work(
                Criterion::Dssi,
                &[(DssiBaseline, "12.5"), (DssiWeek24, "6.25")]
            )
            .unwrap(),
            "baseline 12.5 > 0, so evaluable; 2 × week 24 6.25 = 12.5 ≤ baseline 12.5: met"
        );
    }

    #[test]
    fn the_note_holds_values_units_statuses_verdict_source_and_date() {
        use Field::*;
        let a = assess(&form(&[
            (CkUln, "200"),
            (CkBaseline, "1200"),
            (CkWeek24, "500"),
            (MmtBaseline, "110"),
            (MmtWeek24, "135"),
        ]));
        let text = summary_text(&a, "2026-11-25");
        assert!(text.contains("Date: 2026-11-25"), "{text}");
        assert!(
            text.contains(
                "CK: ULN 200 U/L, baseline 1200 U/L, week 24 500 U/L — Met (58.3 % reduction)"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "MMT (scale 0–150): baseline 110, week 24 135 — Met (62.5 % deficit reduction)"
            ),
            "{text}"
        );
        assert!(
            text.contains("DSSI: baseline not entered, week 24 not entered — Not entered"),
            "{text}"
        );
        assert!(
            text.contains("Verdict: Partial remission achieved at week 24: met by CK and MMT."),
            "{text}"
        );
        let open = summary_text(&assess(&form(&[(CkUln, "200")])), "2026-11-25");
        assert!(
            open.contains("Verdict: Not yet determinable. No criterion is met so far"),
            "{open}"
        );
        assert!(text.contains("doi:10.1001/archderm.143.6.763"), "{text}");
    }
}
