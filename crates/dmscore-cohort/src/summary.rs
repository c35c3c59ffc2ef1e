//! The counts a coordinator reads first: how many patients reached partial
//! remission, and through which criterion; then the TIS categories and the
//! DOI results.

use crate::RowResult;
use dmscore_core::{doi, tis, Criterion, Population, Status, Verdict};
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
    /// Scored rows per TIS category, in [`tis::Category::ALL`] order.
    pub tis: [usize; tis::Category::ALL.len()],
    /// Scored rows per population whose thresholds decided their TIS
    /// category, in [`Population::ALL`] order: a cohort of children scored
    /// as adults (no `population` column) shows here (hazard H13).
    pub populations: [usize; Population::ALL.len()],
    /// Scored rows per DOI status, in [`doi::Status::ALL`] order.
    pub doi: [usize; doi::Status::ALL.len()],
}

impl Summary {
    pub fn of(results: &[RowResult]) -> Summary {
        results.iter().fold(Summary::default(), |mut s, result| {
            s.rows += 1;
            match result {
                RowResult::Invalid => s.invalid += 1,
                RowResult::Scored {
                    verdict,
                    statuses,
                    tis,
                    population,
                    doi,
                } => {
                    s.tis[tis.index()] += 1;
                    s.populations[population.index()] += 1;
                    s.doi[doi.index()] += 1;
                    match verdict {
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
                    }
                }
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

impl Summary {
    /// The TIS categories, with the thresholds they were judged by, and the
    /// DOI results of the scored rows, one line: "TIS (ACR/EULAR 2016): none
    /// 4, minimal 0, moderate 2, major 1, indeterminate 1 (thresholds: adult
    /// 8, juvenile 0); DOI (IMACS 2004): met 2, not met 5, indeterminate 1".
    pub fn criteria_line(&self) -> String {
        let tis: Vec<String> = tis::Category::ALL
            .iter()
            .map(|c| format!("{} {}", c.code(), self.tis[c.index()]))
            .collect();
        let populations: Vec<String> = Population::ALL
            .iter()
            .map(|p| format!("{} {}", p.code(), self.populations[p.index()]))
            .collect();
        let doi: Vec<String> = doi::Status::ALL
            .iter()
            .map(|s| format!("{} {}", s.code().replace('_', " "), self.doi[s.index()]))
            .collect();
        format!(
            "TIS (ACR/EULAR 2016): {} (thresholds: {}); DOI (IMACS 2004): {}",
            tis.join(", "),
            populations.join(", "),
            doi.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(statuses: [Status; 3]) -> RowResult {
        scored_as(statuses, Population::Adult)
    }

    fn scored_as(statuses: [Status; 3], population: Population) -> RowResult {
        RowResult::Scored {
            verdict: Verdict::from_statuses(statuses),
            statuses,
            tis: tis::Category::Reached(tis::Response::Minimal),
            population,
            doi: doi::Status::NotMet,
        }
    }

    #[test]
    fn counts_verdicts_and_the_criteria_behind_each_remission() {
        use Status::*;
        let results = [
            scored([NotMet, Met, NotMet]),
            scored([Met, Met, NotEntered]),
            scored([NotMet, NotMet, NotMet]),
            scored_as([NotMet, NotEntered, NotMet], Population::Juvenile),
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
                tis: [0, 4, 0, 0, 0],
                populations: [3, 1],
                doi: [0, 4, 0],
            }
        );
        assert_eq!(
            s.to_string(),
            "5 patients: 2 achieved (met by CK 1, MMT 2, DSSI 0; CK alone 0, MMT alone 1, DSSI alone 0), 1 not achieved, 1 indeterminate, 1 invalid"
        );
        assert_eq!(
            s.criteria_line(),
            "TIS (ACR/EULAR 2016): none 0, minimal 4, moderate 0, major 0, indeterminate 0 (thresholds: adult 3, juvenile 1); DOI (IMACS 2004): met 0, not met 4, indeterminate 0"
        );
    }
}
