//! The seed rule in sentences: a reason per criterion, the verdict's
//! summary, and the informational notes on the trial's population.

use super::{ck_limit, ck_qualifies, Check, Criterion, Outcome, Status, Values, Verdict};
use crate::field::Field;
use crate::format::{join_and, joined, percent, value};
use crate::measures::Inputs;
use rust_decimal::Decimal;

/// A criterion, its outcome and the sentence that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionResult {
    pub criterion: Criterion,
    pub outcome: Outcome,
    pub reason: String,
}

/// The seed rule's result for one patient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// CK, MMT, DSSI, in that order.
    pub criteria: [CriterionResult; Criterion::COUNT],
    pub verdict: Verdict,
    /// One sentence saying why the verdict is what it is.
    pub summary: String,
    /// Informational only; they never change the verdict.
    pub notes: Vec<String>,
}

impl Assessment {
    pub fn criterion(&self, criterion: Criterion) -> &CriterionResult {
        &self.criteria[criterion.index()]
    }
}

pub(super) fn assess(inputs: &Inputs) -> Assessment {
    let criteria = Criterion::ALL.map(|c| explain(c, inputs));
    let verdict = Verdict::from_statuses(criteria.iter().map(|c| c.outcome.status()));
    let summary = summarise(verdict, criteria.each_ref().map(|c| &c.outcome));
    Assessment {
        criteria,
        verdict,
        summary,
        notes: notes(inputs),
    }
}

/// A criterion's outcome with the sentence that explains it.
fn explain(criterion: Criterion, inputs: &Inputs) -> CriterionResult {
    let Some(values) = Values::of(criterion, inputs) else {
        let missing = inputs.missing(criterion.fields());
        let mut reason = inputs.describe_missing(&missing);
        reason.push_str(&cannot_count_anyway(criterion, inputs));
        return CriterionResult {
            criterion,
            outcome: Outcome::NotEntered { missing },
            reason,
        };
    };
    let (check, outcome) = values.outcome();
    let reason = match (values, check, outcome.improvement()) {
        (Values::Ck(ck), Check::NotEvaluable, _) | (Values::Ck(ck), _, None) => format!(
            "Baseline CK {} {u} is not above 2× ULN ({} {u}), so a CK reduction cannot count.",
            value(ck.visits.baseline),
            value(ck_limit(ck.uln)),
            u = ck.unit.symbol(),
        ),
        (Values::Ck(ck), check, Some(improvement)) => {
            let u = ck.unit.symbol();
            format!(
                "{}; {} because baseline was above 2× ULN ({} {u}).",
                change_phrase("CK", ck.visits.baseline, ck.visits.week24, improvement, &format!(" {u}")),
                needed(check, || format!("week 24 at most {} {u}", value(values.target()))),
                value(ck_limit(ck.uln)),
            )
        }
        (Values::Mmt(mmt), Check::NotEvaluable, _) | (Values::Mmt(mmt), _, None) => format!(
            "Baseline MMT {} is already the scale maximum ({}): there is no strength deficit to halve.",
            value(mmt.scores.baseline),
            value(mmt.max)
        ),
        (Values::Mmt(mmt), check, Some(improvement)) => {
            let d = mmt.deficits();
            format!(
                "{} (score {} → {} of {}); {}.",
                change_phrase("Strength deficit", d.baseline, d.week24, improvement, " points"),
                value(mmt.scores.baseline),
                value(mmt.scores.week24),
                value(mmt.max),
                needed(check, || format!("week-24 score at least {}", value(values.target())))
            )
        }
        (Values::Dssi(_), Check::NotEvaluable, _) | (Values::Dssi(_), _, None) => {
            "Baseline DSSI is 0: there is no skin disease to reduce.".to_owned()
        }
        (Values::Dssi(dssi), check, Some(improvement)) => format!(
            "{}; {}.",
            change_phrase("DSSI", dssi.baseline, dssi.week24, improvement, ""),
            needed(check, || format!("week 24 at most {}", value(values.target())))
        ),
    };
    CriterionResult {
        criterion,
        outcome,
        reason,
    }
}

/// For CK short of a value: when the baseline already shows it could not
/// have qualified, say so.
fn cannot_count_anyway(criterion: Criterion, inputs: &Inputs) -> String {
    if criterion != Criterion::Ck {
        return String::new();
    }
    let (unit, uln, b) = (
        inputs.ck_unit.value(),
        inputs.value(Field::CkUln),
        inputs.value(Field::CkBaseline),
    );
    match (unit, uln, b) {
        (Some(unit), Some(uln), Some(b)) if !ck_qualifies(uln, b) => format!(
            " The baseline {} {u} is not above 2× ULN ({} {u}), so this criterion could not count.",
            value(b),
            value(ck_limit(uln)),
            u = unit.symbol()
        ),
        _ => String::new(),
    }
}

/// "fell 58.3 % from 1200 to 500 U/L", "rose 10.0 % …", "unchanged at …".
fn change_phrase(
    subject: &str,
    from: Decimal,
    to: Decimal,
    improvement: Decimal,
    unit: &str,
) -> String {
    if to < from {
        format!(
            "{subject} fell {} % from {} to {}{unit}",
            percent(improvement),
            value(from),
            value(to)
        )
    } else if to > from {
        format!(
            "{subject} rose {} % from {} to {}{unit}",
            percent(-improvement),
            value(from),
            value(to)
        )
    } else {
        format!("{subject} was unchanged at {}{unit}", value(from))
    }
}

/// "≥ 50 % needed", or for a miss, what week 24 would have had to be.
fn needed(check: Check, target: impl FnOnce() -> String) -> String {
    if check == Check::Met {
        "≥ 50 % needed".to_owned()
    } else {
        format!("≥ 50 % was needed ({})", target())
    }
}

/// The verdict in one sentence, from the three outcomes (CK, MMT, DSSI).
pub fn summarise(verdict: Verdict, outcomes: [&Outcome; Criterion::COUNT]) -> String {
    let names = |status: Status| {
        Criterion::ALL
            .iter()
            .zip(outcomes)
            .filter(|(_, o)| o.status() == status)
            .map(|(c, _)| c.short())
            .collect::<Vec<_>>()
    };
    match verdict {
        Verdict::Achieved => format!(
            "Partial remission achieved at week 24: met by {}.",
            join_and(&names(Status::Met))
        ),
        Verdict::NotAchieved => {
            "Partial remission not achieved at week 24: no criterion was met.".to_owned()
        }
        Verdict::Indeterminate => {
            let missing: Vec<&str> = outcomes
                .iter()
                .flat_map(|o| match o {
                    Outcome::NotEntered { missing } => missing.clone(),
                    _ => Vec::new(),
                })
                .map(Field::label)
                .collect();
            format!(
                "No criterion is met so far, but the missing values could change that: {}.",
                joined(&missing, ", ")
            )
        }
    }
}

/// The trial's entry levels: active muscle disease (CPK above this many U/L,
/// or a modified MRC MMT score below [`MMT_ACTIVE_BELOW`]) and active skin
/// disease (DSSI above [`DSSI_ACTIVE_ABOVE`]).
const CK_ACTIVE_ABOVE_U_PER_L: i64 = 400;
const MMT_ACTIVE_BELOW: i64 = 85;
const DSSI_ACTIVE_ABOVE: i64 = 2;

const CK_FIELDS: [Field; 3] = [Field::CkUln, Field::CkBaseline, Field::CkWeek24];

/// A doubtful CK value (`1.200` U/L) first; then, as the trial enrolled
/// active disease (muscle: CPK > 400 U/L, aldolase > 8 U/L or MMT
/// (modified MRC) < 85; skin: DSSI > 2), a note when the entered baselines
/// do not show that.
fn notes(inputs: &Inputs) -> Vec<String> {
    const CAVEAT: &str = "the criteria were defined for patients with active disease at baseline.";
    let mut notes = inputs.doubt_notes(&CK_FIELDS);

    // Muscle activity is shown by any one of its measures, so the note names
    // the entered ones only when none of them shows it.
    let ck_u_per_l = inputs
        .ck_unit
        .value()
        .zip(inputs.value(Field::CkBaseline))
        .and_then(|(unit, b)| unit.to_units_per_litre(b).map(|u| (unit, b, u)));
    let mmt = inputs.value(Field::MmtBaseline);
    let ck_active = ck_u_per_l.is_some_and(|(_, _, u)| u > Decimal::from(CK_ACTIVE_ABOVE_U_PER_L));
    // A score at the scale maximum shows no weakness on any scale, whatever
    // its number (80/80 on the one-side MMT-8 is full strength).
    let at_max = |s: Decimal| inputs.value(Field::MmtMax).is_some_and(|m| s >= m);
    let mmt_active = mmt.is_some_and(|s| s < Decimal::from(MMT_ACTIVE_BELOW) && !at_max(s));
    if !ck_active && !mmt_active && (ck_u_per_l.is_some() || mmt.is_some()) {
        let mut shown = Vec::new();
        if let Some((unit, b, _)) = ck_u_per_l {
            shown.push(format!(
                "CK {} {} is not above 400 U/L",
                value(b),
                unit.symbol()
            ));
        }
        if let Some(s) = mmt {
            shown.push(if at_max(s) {
                format!("MMT {} is the scale maximum (no weakness)", value(s))
            } else {
                format!("MMT {} is not below 85", value(s))
            });
        }
        notes.push(format!(
            "Baseline {}: the trial enrolled active muscle disease (CPK > 400 U/L, aldolase > 8 U/L, or a modified MRC MMT score < 85; aldolase is not entered here, and 85 refers to the trial's own MMT scale); {CAVEAT}",
            joined(&shown, " and ")
        ));
    }

    if let Some(b) = inputs.value(Field::DssiBaseline) {
        if b <= Decimal::from(DSSI_ACTIVE_ABOVE) {
            notes.push(format!(
                "Baseline DSSI {} is not above 2, the trial's entry level for skin disease; {CAVEAT}",
                value(b)
            ));
        }
    }
    notes
}

/// The notes on the trial's entry levels alone, without the doubtful
/// values that open [`Assessment::notes`]: the report and its chart note
/// say those at each value. It finds the doubts a second time to skip
/// them, once per report: splitting `notes` in two instead cost the
/// calculator's first load 42 B (BENCHMARKS.md, 2026-12-03).
pub fn entry_notes(inputs: &Inputs) -> Vec<String> {
    let doubts = inputs.doubt_notes(&CK_FIELDS).len();
    let mut notes = notes(inputs);
    notes.split_off(doubts.min(notes.len()))
}
