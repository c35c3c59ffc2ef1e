//! The IMACS 2004 preliminary definition of improvement (DOI): 3 of any 6
//! core set measures improved by ≥ 20 %, with no more than 2 worse by
//! ≥ 25 %, which could not include the strength measure (MMT, or CMAS).
//!
//! Changes are relative to baseline for every measure. Each comparison is
//! made without division (`100·gain ≥ 20·b`) in exact decimals. With
//! measures missing, the status is `met` only when every way of filling
//! them (within their scales) still meets it, `not_met` when none can. The
//! rules, source and choices made: `docs/rules/doi-2004.md`.

use super::{Definition, Source};
use crate::field::Field;
use crate::format::{join_and, percent_within, value};
use crate::measures::{Inputs, Measure, Visits};
use rust_decimal::Decimal;

pub const SOURCE: Source = Source {
    citation: "Rider LG, Giannini EH, Brunner HI, et al. International consensus on preliminary definitions of improvement in adult and juvenile myositis. Arthritis Rheum 2004;50(7):2281–2290.",
    short: "Rider et al., Arthritis Rheum 2004",
    doi: "10.1002/art.20349",
};

/// The rule in brief, with the reading it rests on (the spec's open point:
/// which enzyme), shown under the DOI worked measure by measure.
pub const IN_BRIEF: &str = "3 of the 6 measures improved by ≥ 20 % of baseline, with at most 2 worse by ≥ 25 %, never the strength measure. The enzyme is the TIS's, the most abnormal at baseline, as this calculator reads it.";

/// A measure improved: better by at least this percent of baseline.
const IMPROVED_PERCENT: i64 = 20;
/// A measure worsened: worse by at least this percent of baseline.
const WORSENED_PERCENT: i64 = 25;
/// At least this many measures improved…
const IMPROVED_NEEDED: usize = 3;
/// …and at most this many worsened (never the strength measure).
const WORSENED_ALLOWED: usize = 2;

/// What a measure did by the definition's cut-offs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Improved,
    Worsened,
    Neither,
}

impl Change {
    pub const ALL: [Change; 3] = [Change::Improved, Change::Worsened, Change::Neither];

    pub fn code(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Worsened => "worsened",
            Change::Neither => "neither",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The DOI's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    NotMet,
    /// The missing measures could still change it.
    Indeterminate,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Met, Status::NotMet, Status::Indeterminate];

    /// The status's position in [`Status::ALL`], for counts.
    pub fn index(self) -> usize {
        self as usize
    }

    /// `met` | `not_met` | `indeterminate` (CONTRACT §4).
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Indeterminate => "indeterminate",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Met => "Improvement met",
            Status::NotMet => "Improvement not met",
            Status::Indeterminate => "Not yet determinable",
        }
    }
}

/// The change of one measure between its visits. A baseline of 0 has no
/// relative change: a lower-is-better measure cannot improve from it and
/// worsens when the follow-up is above 0; a strength measure improves when
/// the follow-up is above 0 and cannot worsen.
pub fn change(measure: Measure, visits: Visits) -> Change {
    let b = visits.baseline;
    if b <= Decimal::ZERO {
        return match (visits.week24 > Decimal::ZERO, measure.lower_is_better()) {
            (false, _) => Change::Neither,
            (true, true) => Change::Worsened,
            (true, false) => Change::Improved,
        };
    }
    let hundred_gain = measure
        .gain(visits)
        .checked_mul(Decimal::ONE_HUNDRED)
        .unwrap_or(Decimal::ZERO);
    let share = |percent: i64| {
        b.checked_mul(Decimal::from(percent))
            .unwrap_or(Decimal::MAX)
    };
    if hundred_gain >= share(IMPROVED_PERCENT) {
        Change::Improved
    } else if -hundred_gain >= share(WORSENED_PERCENT) {
        Change::Worsened
    } else {
        Change::Neither
    }
}

/// The changes a measure could still show: its own when both visits are
/// known; otherwise every change some filling of the unknown visit(s)
/// within `0..=limit` gives. The extremes and the known value suffice:
/// improving and worsening are each monotone in either visit. A visit's
/// candidates are listed once each (only a known value at 0 or at the
/// limit repeats one): a cohort decides this for every missing measure of
/// every row.
fn possible(
    measure: Measure,
    known: (Option<Decimal>, Option<Decimal>),
    limit: Decimal,
) -> [bool; 3] {
    let candidates = |v: Option<Decimal>, other: Option<Decimal>| match (v, other) {
        // Written out, not `[v; 3]`, which costs the calculator 12 B gzip.
        (Some(v), _) => ([v, v, v], 1),
        (None, Some(o)) => ([Decimal::ZERO, limit, o], 3),
        (None, None) => ([Decimal::ZERO, limit, limit], 2),
    };
    let (baselines, baseline_count) = candidates(known.0, known.1);
    let (follow_ups, follow_up_count) = candidates(known.1, known.0);
    let mut seen = [false; 3];
    for &baseline in baselines.iter().take(baseline_count) {
        for &week24 in follow_ups.iter().take(follow_up_count) {
            seen[change(measure, Visits { baseline, week24 }).index()] = true;
        }
    }
    seen
}

/// The DOI without reasons: each measure's change and the status. No
/// allocation: fast enough for every row of a cohort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub measures: [Measure; 6],
    /// Each measure's change; `None` when it is not entered.
    pub changes: [Option<Change>; 6],
    pub status: Status,
}

impl Decision {
    /// The measures that showed `change`, in order.
    pub fn with(&self, change: Change) -> impl Iterator<Item = Measure> + '_ {
        self.measures
            .iter()
            .zip(&self.changes)
            .filter(move |(_, c)| **c == Some(change))
            .map(|(m, _)| *m)
    }

    /// The measures not entered, in order.
    pub fn missing(&self) -> impl Iterator<Item = Measure> + '_ {
        self.measures
            .iter()
            .zip(&self.changes)
            .filter(|(_, c)| c.is_none())
            .map(|(m, _)| *m)
    }
}

/// The definition applied to complete changes.
fn meets(changes: &[(Measure, Change)]) -> bool {
    let count = |c: Change| changes.iter().filter(|(_, x)| *x == c).count();
    let strength_worse = changes
        .iter()
        .any(|(m, c)| !m.lower_is_better() && *c == Change::Worsened);
    count(Change::Improved) >= IMPROVED_NEEDED
        && count(Change::Worsened) <= WORSENED_ALLOWED
        && !strength_worse
}

/// The DOI from the checked inputs, without reasons.
pub fn decide(inputs: &Inputs) -> Decision {
    let measures = inputs.core_set();
    let changes = measures.map(|m| inputs.core_visits(m).map(|v| change(m, v)));
    // Best case: every missing measure improved where it can, else
    // unchanged (always possible). Worst cases: none improved, or as many
    // worsened as can be, or the strength measure worsened.
    let options = measures.map(|m| possible(m, inputs.core_known(m), inputs.core_limit(m)));
    let pick = |prefer: Change, i: usize| -> Change {
        changes[i].unwrap_or(if options[i][prefer.index()] {
            prefer
        } else {
            Change::Neither
        })
    };
    let filled = |prefer: Change| -> [(Measure, Change); 6] {
        std::array::from_fn(|i| (measures[i], pick(prefer, i)))
    };
    let can_meet = meets(&filled(Change::Improved));
    let can_fail = !meets(&filled(Change::Neither)) || !meets(&filled(Change::Worsened));
    let status = match (can_meet, can_fail) {
        (true, false) => Status::Met,
        (false, _) => Status::NotMet,
        (true, true) => Status::Indeterminate,
    };
    Decision {
        measures,
        changes,
        status,
    }
}

/// One measure: its visits and change, or the fields it still needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureResult {
    pub measure: Measure,
    pub changed: Result<(Visits, Change), Vec<Field>>,
}

impl MeasureResult {
    /// The change in percent of baseline, positive when better; `None`
    /// for a baseline of 0 or a measure not entered.
    pub fn improvement(&self) -> Option<Decimal> {
        let (visits, _) = self.changed.as_ref().ok()?;
        relative(self.measure, *visits)
    }

    /// The improvement for reading: one decimal, more only where one would
    /// cross a cut-off.
    pub fn percent(&self) -> Option<String> {
        let (_, change) = self.changed.as_ref().ok()?;
        let exact = self.improvement()?;
        Some(percent_within(exact, *change, class_of_percent))
    }

    /// The change worked with the patient's numbers, e.g. "(6 − 3) / 6 ×
    /// 100 = 50.0 % of baseline, ≥ 20 %: improved".
    pub fn working(&self) -> Option<String> {
        let (visits, change) = self.changed.as_ref().ok()?;
        let (b, f) = (value(visits.baseline), value(visits.week24));
        let Some(p) = self.percent() else {
            return Some(format!(
                "baseline 0, week 24 {f}: no relative change; {}",
                conclusion(self.measure, *change, true)
            ));
        };
        let difference = if self.measure.lower_is_better() {
            format!("({b} − {f})")
        } else {
            format!("({f} − {b})")
        };
        Some(format!(
            "{difference} / {b} × 100 = {p} % of baseline; {}",
            conclusion(self.measure, *change, false)
        ))
    }
}

/// The change a displayed percentage of baseline reads as, to keep the
/// displayed figure on the same side of each cut-off as the exact one.
pub fn class_of_percent(percent: Decimal) -> Change {
    if percent >= Decimal::from(IMPROVED_PERCENT) {
        Change::Improved
    } else if -percent >= Decimal::from(WORSENED_PERCENT) {
        Change::Worsened
    } else {
        Change::Neither
    }
}

impl MeasureResult {
    /// The worked line, or what the measure still needs: the line a page
    /// or a note shows for it.
    pub fn explained(&self, inputs: &Inputs) -> String {
        match &self.changed {
            Ok(_) => self.working().unwrap_or_default(),
            Err(fields) => inputs.describe_missing(fields),
        }
    }
}

/// The change relative to baseline, positive when better.
fn relative(measure: Measure, visits: Visits) -> Option<Decimal> {
    if visits.baseline <= Decimal::ZERO {
        return None;
    }
    measure
        .gain(visits)
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(visits.baseline)
}

/// "≥ 20 %: improved", "worse by ≥ 25 %: worsened", "…: neither".
fn conclusion(measure: Measure, change: Change, from_zero: bool) -> String {
    let why = match (change, from_zero) {
        (Change::Neither, true) => "unchanged from 0",
        (Change::Improved, true) => "a rise from 0",
        (Change::Worsened, true) => "a rise from 0",
        (Change::Improved, false) => "≥ 20 % better",
        (Change::Worsened, false) => "≥ 25 % worse",
        (Change::Neither, false) => "not ≥ 20 % better nor ≥ 25 % worse",
    };
    let strength = if change == Change::Worsened && !measure.lower_is_better() {
        " (the strength measure may not worsen)"
    } else {
        ""
    };
    format!("{why}: {}{strength}", change.code())
}

/// The DOI for one patient, explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub decision: Decision,
    pub measures: [MeasureResult; 6],
    /// The status and why, in one sentence.
    pub summary: String,
}

/// Every measure explained, the status and its summary.
pub fn assess(inputs: &Inputs) -> Assessment {
    let decision = decide(inputs);
    let measures = std::array::from_fn(|i| {
        let measure = decision.measures[i];
        MeasureResult {
            measure,
            changed: match (inputs.core_visits(measure), decision.changes[i]) {
                (Some(visits), Some(change)) => Ok((visits, change)),
                _ => Err(inputs.missing(&inputs.core_fields(measure))),
            },
        }
    });
    Assessment {
        summary: summarise(&decision),
        decision,
        measures,
    }
}

/// "PGA, MMT and enzyme", or "none".
fn listed(measures: impl Iterator<Item = Measure>) -> String {
    let names: Vec<&str> = measures.map(Measure::short).collect();
    if names.is_empty() {
        "none".to_owned()
    } else {
        join_and(&names)
    }
}

/// The status in one sentence: what improved and worsened, and why.
fn summarise(d: &Decision) -> String {
    let improved = d.with(Change::Improved).count();
    let worsened = d.with(Change::Worsened).count();
    let facts = format!(
        "{improved} improved by ≥ 20 % ({}), {worsened} worsened by ≥ 25 % ({})",
        listed(d.with(Change::Improved)),
        listed(d.with(Change::Worsened))
    );
    let strength_worse = d.with(Change::Worsened).any(|m| !m.lower_is_better());
    match d.status {
        Status::Met => format!(
            "Improvement met: {facts}; 3 improved are needed, at most 2 worsened and never the strength measure."
        ),
        Status::NotMet => {
            let why = if strength_worse {
                "the strength measure may never worsen by ≥ 25 %".to_owned()
            } else if worsened > WORSENED_ALLOWED {
                "at most 2 measures may worsen by ≥ 25 %".to_owned()
            } else if d.missing().count() > 0 {
                format!(
                    "3 improved are needed, and {} not entered cannot make up the difference",
                    listed(d.missing())
                )
            } else {
                "3 improved are needed".to_owned()
            };
            format!("Improvement not met: {facts}; {why}.")
        }
        Status::Indeterminate => format!(
            "Not yet determinable: {facts} so far; {} not entered could change it.",
            listed(d.missing())
        ),
    }
}

/// The DOI as one of the definitions.
pub struct DefinitionOfImprovement;

impl Definition for DefinitionOfImprovement {
    const ID: &'static str = "doi";
    const NAME: &'static str = "IMACS 2004 preliminary definition of improvement";
    const SOURCE: Source = SOURCE;
    const RULES: &'static str = "docs/rules/doi-2004.md";
    type Decision = Decision;
    type Assessment = Assessment;

    fn decide(inputs: &Inputs) -> Decision {
        decide(inputs)
    }

    fn assess(inputs: &Inputs) -> Assessment {
        assess(inputs)
    }

    fn decision(a: &Assessment) -> Decision {
        a.decision
    }

    fn worked(a: &Assessment, _: &Inputs) -> Vec<(&'static str, String)> {
        a.measures
            .iter()
            .filter_map(|m| m.working().map(|w| (m.measure.id(), w)))
            .collect()
    }

    fn conclusions(d: &Decision) -> Vec<(&'static str, String)> {
        d.measures
            .iter()
            .zip(&d.changes)
            .filter_map(|(m, c)| c.map(|c| (m.id(), c.code().to_owned())))
            .collect()
    }
}
