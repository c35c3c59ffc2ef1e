//! The counts a coordinator reads first: how many patients reached partial
//! remission, and through which criterion.

use crate::RowResult;
use dmscore_core::{Criterion, Status, Verdict};
use std::fmt;

/// Counts over a cohort's decisions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    pub achieved: usize,
    pub not_achieved: usize,
    pub indeterminate: usize,
    pub invalid: usize,
    /// Achieved rows in which each criterion (CK, MMT, DSSI) was met.
    pub met: [usize; Criterion::COUNT],
    /// Achieved rows in which it was the only criterion met.
    pub met_alone: [usize; Criterion::COUNT],
}

impl Summary {
    pub fn of(results: &[RowResult]) -> Summary {
        results.iter().fold(Summary::default(), |mut s, result| {
            s.rows += 1;
            match result {
                RowResult::Invalid => s.invalid += 1,
                RowResult::Scored { verdict, statuses } => match verdict {
                    Verdict::NotAchieved => s.not_achieved += 1,
                    Verdict::Indeterminate => s.indeterminate += 1,
                    Verdict::Achieved => {
                        s.achieved += 1;
                        let met = statuses.map(|st| st == Status::Met);
                        let alone = met.iter().filter(|m| **m).count() == 1;
                        for (i, m) in met.into_iter().enumerate() {
                            s.met[i] += usize::from(m);
                            s.met_alone[i] += usize::from(m && alone);
                        }
                    }
                },
            }
            s
        })
    }
}

/// One line, e.g. "8 patients: 3 achieved (met by CK 0, MMT 3, DSSI 0;
/// MMT alone 3), 4 not achieved, 1 indeterminate, 0 invalid".
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = Criterion::ALL.map(Criterion::short);
        let by = |counts: [usize; Criterion::COUNT], suffix: &str| {
            names
                .iter()
                .zip(counts)
                .map(|(name, n)| format!("{name}{suffix} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        write!(
            f,
            "{} {}: {} achieved (met by {}; {}), {} not achieved, {} indeterminate, {} invalid",
            self.rows,
            if self.rows == 1 {
                "patient"
            } else {
                "patients"
            },
            self.achieved,
            by(self.met, ""),
            by(self.met_alone, " alone"),
            self.not_achieved,
            self.indeterminate,
            self.invalid
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(statuses: [Status; 3]) -> RowResult {
        RowResult::Scored {
            verdict: Verdict::from_statuses(statuses),
            statuses,
        }
    }

    #[test]
    fn counts_verdicts_and_the_criteria_behind_each_remission() {
        use Status::*;
        let results = [
            scored([NotMet, Met, NotMet]),
            scored([Met, Met, NotEntered]),
            scored([NotMet, NotMet, NotMet]),
            scored([NotMet, NotEntered, NotMet]),
            RowResult::Invalid,
        ];
        let s = Summary::of(&results);
        assert_eq!(
            s,
            Summary {
                rows: 5,
                achieved: 2,
                not_achieved: 1,
                indeterminate: 1,
                invalid: 1,
                met: [1, 2, 0],
                met_alone: [0, 1, 0],
            }
        );
        assert_eq!(
            s.to_string(),
            "5 patients: 2 achieved (met by CK 1, MMT 2, DSSI 0; CK alone 0, MMT alone 1, DSSI alone 0), 1 not achieved, 1 indeterminate, 1 invalid"
        );
    }
}
