//! The seed rule worked with the patient's own numbers, and what a chart
//! draws for it. Both take the checked values and the decision from
//! [`Values`], so they cannot say something the verdict does not.

use super::{ck_limit, twice, Check, Criterion, Values};
use crate::format::value;
use crate::measures::Inputs;
use rust_decimal::Decimal;

/// The comparison a decided rule made, and its conclusion: `≤`/met or
/// `>`/not met.
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
    let values = Values::of(criterion, inputs)?;
    let check = values.check();
    let (sign, word) = concluded(check);
    Some(match values {
        Values::Ck(ck) => {
            let (b, w) = (ck.visits.baseline, ck.visits.week24);
            let evaluable = check != Check::NotEvaluable;
            let head = format!(
                "baseline {} {} 2 × ULN {} = {} {}",
                value(b),
                if evaluable { ">" } else { "≤" },
                value(ck.uln),
                value(ck_limit(ck.uln)),
                ck.unit.symbol()
            );
            if !evaluable {
                return Some(format!(
                    "{head}: not evaluable (baseline must be above 2 × ULN)"
                ));
            }
            format!(
                "{head}, so evaluable; 2 × week 24 {} = {} {sign} baseline {}: {word}",
                value(w),
                value(twice(w)),
                value(b),
            )
        }
        Values::Mmt(mmt) => {
            let d = mmt.deficits();
            let head = format!(
                "strength deficit = scale maximum − score: baseline {} − {} = {}, week 24 {} − {} = {}",
                value(mmt.max),
                value(mmt.scores.baseline),
                value(d.baseline),
                value(mmt.max),
                value(mmt.scores.week24),
                value(d.week24)
            );
            if check == Check::NotEvaluable {
                return Some(format!(
                    "{head}; baseline deficit 0: not evaluable (no deficit to halve)"
                ));
            }
            format!(
                "{head}; 2 × {} = {} {sign} {}: {word}",
                value(d.week24),
                value(twice(d.week24)),
                value(d.baseline),
            )
        }
        Values::Dssi(dssi) => {
            if check == Check::NotEvaluable {
                return Some("baseline 0: not evaluable (no skin disease to reduce)".to_owned());
            }
            format!(
                "baseline {} > 0, so evaluable; 2 × week 24 {} = {} {sign} baseline {}: {word}",
                value(dssi.baseline),
                value(dssi.week24),
                value(twice(dssi.week24)),
                value(dssi.baseline),
            )
        }
    })
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
    let values = Values::of(criterion, inputs)?;
    let target = values.target();
    Some(match values {
        Values::Ck(ck) => falling(ck.visits.baseline, ck.visits.week24, target),
        Values::Dssi(dssi) => falling(dssi.baseline, dssi.week24, target),
        Values::Mmt(mmt) => Bars {
            baseline: mmt.scores.baseline,
            week24: mmt.scores.week24,
            target,
            target_is_ceiling: false,
            axis_max: mmt.max,
        },
    })
}

/// Bars for a value that must fall to `target`; the axis fits all three.
fn falling(baseline: Decimal, week24: Decimal, target: Decimal) -> Bars {
    Bars {
        baseline,
        week24,
        target,
        target_is_ceiling: true,
        axis_max: baseline.max(week24).max(target),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field::{Field, Form};

    fn work(c: Criterion, pairs: &[(Field, &str)]) -> Option<String> {
        working(c, &Inputs::from_form(&Form::typed(pairs)))
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
        let inputs = Inputs::from_form(&Form::typed(&[
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
}
