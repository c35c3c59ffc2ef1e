//! The verdict over the three criteria, and the informational notes.

use crate::criteria::{
    evaluate_ck, evaluate_dssi, evaluate_mmt, Criterion, CriterionResult, Outcome, Status,
};
use crate::field::{Field, Form};
use crate::format::value;
use crate::validate::{FieldError, Inputs};
use rust_decimal::Decimal;

/// Partial remission at week 24 (CONTRACT §1–2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// At least one criterion is met, whatever else is missing.
    Achieved,
    /// None is met and none is missing: the answer is final.
    NotAchieved,
    /// None is met, but a missing value could still change the answer.
    Indeterminate,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Achieved => "achieved",
            Verdict::NotAchieved => "not_achieved",
            Verdict::Indeterminate => "indeterminate",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Achieved => "Partial remission achieved",
            Verdict::NotAchieved => "Partial remission not achieved",
            Verdict::Indeterminate => "Not yet determinable",
        }
    }

    /// The spec's rule, from the statuses alone.
    pub fn from_statuses(statuses: impl IntoIterator<Item = Status> + Clone) -> Verdict {
        if statuses.clone().into_iter().any(|s| s == Status::Met) {
            Verdict::Achieved
        } else if statuses.into_iter().any(|s| s == Status::NotEntered) {
            Verdict::Indeterminate
        } else {
            Verdict::NotAchieved
        }
    }
}

/// Everything the page and the CLI show for one patient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub inputs: Inputs,
    /// CK, MMT, DSSI, in that order.
    pub criteria: [CriterionResult; 3],
    pub verdict: Verdict,
    /// One sentence saying why the verdict is what it is.
    pub summary: String,
    /// Informational only; they never change the verdict.
    pub notes: Vec<String>,
}

impl Assessment {
    pub fn errors(&self) -> Vec<FieldError> {
        self.inputs.errors()
    }

    pub fn criterion(&self, criterion: Criterion) -> &CriterionResult {
        match criterion {
            Criterion::Ck => &self.criteria[0],
            Criterion::Mmt => &self.criteria[1],
            Criterion::Dssi => &self.criteria[2],
        }
    }
}

/// Scores one patient from the text of the form.
pub fn assess(form: &Form) -> Assessment {
    let inputs = Inputs::from_form(form);
    let criteria = [
        evaluate_ck(&inputs),
        evaluate_mmt(&inputs),
        evaluate_dssi(&inputs),
    ];
    let verdict = Verdict::from_statuses(criteria.iter().map(|c| c.outcome.status()));
    let summary = summarise(verdict, criteria.each_ref().map(|c| &c.outcome));
    let notes = notes(&inputs);
    Assessment {
        inputs,
        criteria,
        verdict,
        summary,
        notes,
    }
}

/// The verdict in one sentence, from the three outcomes (CK, MMT, DSSI).
pub fn summarise(verdict: Verdict, outcomes: [&Outcome; 3]) -> String {
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
                missing.join(", ")
            )
        }
    }
}

/// "CK", "CK and MMT", "CK, MMT and DSSI".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The trial enrolled active disease: muscle (CPK > 400 U/L, aldolase > 8 U/L
/// or MMT (modified MRC) < 85) and skin (DSSI > 2). A note appears when the
/// entered baselines do not show that.
fn notes(inputs: &Inputs) -> Vec<String> {
    const CAVEAT: &str = "the criteria were defined for patients with active disease at baseline.";
    let mut notes = Vec::new();

    // Muscle activity is shown by any one of its measures, so the note names
    // the entered ones only when none of them shows it.
    let ck_u_per_l = inputs
        .ck_unit
        .value()
        .zip(inputs.ck_baseline.value())
        .and_then(|(unit, b)| unit.to_units_per_litre(b).map(|u| (unit, b, u)));
    let mmt = inputs.mmt_baseline.value();
    let ck_active = ck_u_per_l.is_some_and(|(_, _, u)| u > Decimal::from(400));
    // A score at the scale maximum shows no weakness on any scale, whatever
    // its number (80/80 on the one-side MMT-8 is full strength).
    let at_max = |s: Decimal| inputs.mmt_max.value().is_some_and(|m| s >= m);
    let mmt_active = mmt.is_some_and(|s| s < Decimal::from(85) && !at_max(s));
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
            shown.join(" and ")
        ));
    }

    if let Some(b) = inputs.dssi_baseline.value() {
        if b <= Decimal::TWO {
            notes.push(format!(
                "Baseline DSSI {} is not above 2, the trial's entry level for skin disease; {CAVEAT}",
                value(b)
            ));
        }
    }
    notes
}
