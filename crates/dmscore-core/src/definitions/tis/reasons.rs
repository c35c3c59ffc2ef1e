//! The TIS in sentences: each measure's percent change worked with the
//! patient's numbers and the formula, its band and points; the score or
//! its range; the category and what could still change it.

use super::{
    decide, fields, points_words, scored, thresholds, Category, Decision, MeasureScore, Response,
    Scale,
};
use crate::field::Field;
use crate::format::{join_and, joined, percent_within, value};
use crate::measures::{Enzyme, Inputs, Measure, Population};

/// One measure: its score, or the fields it still needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureResult {
    pub measure: Measure,
    pub scored: Result<MeasureScore, Vec<Field>>,
}

impl MeasureResult {
    /// The improvement as a reader sees it: one decimal, more only where
    /// one would land on a band's edge.
    pub fn percent(&self) -> Option<String> {
        let s = self.scored.as_ref().ok()?;
        let exact = s.improvement?;
        Some(percent_within(exact, s.band, |p| s.band_of_percent(p)))
    }

    /// The formula with the patient's numbers, the band and the points,
    /// e.g. "(6 − 3) / 10 × 100 = 30.0 % of the 0–10 scale; band > 25 to
    /// 40 %: 17.5 points". `None` while the measure is not entered.
    pub fn working(&self) -> Option<String> {
        let s = self.scored.as_ref().ok()?;
        let (b, f) = (value(s.visits.baseline), value(s.visits.week24));
        let difference = if self.measure.lower_is_better() {
            format!("({b} − {f})")
        } else {
            format!("({f} − {b})")
        };
        let conclusion = format!(
            "band {}: {}",
            s.band.label(self.measure),
            points_words(s.points)
        );
        Some(match (s.scale, self.percent()) {
            (Scale::Range(range), Some(p)) => format!(
                "{difference} / {} × 100 = {p} % of the 0–{} scale; {conclusion}",
                value(range),
                value(range)
            ),
            (Scale::Baseline, Some(p)) => {
                format!("{difference} / {b} × 100 = {p} % of baseline; {conclusion}")
            }
            (_, None) => format!(
                "baseline 0: no change relative to baseline can be expressed: {}",
                points_words(s.points)
            ),
        })
    }
}

impl MeasureResult {
    /// The worked line, or what the measure still needs and what it could
    /// add: the line a page or a note shows for it.
    pub fn explained(&self, inputs: &Inputs) -> String {
        match &self.scored {
            Ok(_) => self.working().unwrap_or_default(),
            Err(fields) => format!(
                "{} It can add 0 to {} points.",
                inputs.describe_missing(fields),
                value(super::max_points(self.measure))
            ),
        }
    }
}

/// The TIS for one patient, explained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub decision: Decision,
    pub measures: [MeasureResult; 6],
    /// The score or its range, and the category, in one sentence.
    pub summary: String,
    /// Informational only; they never change the score.
    pub notes: Vec<String>,
}

pub(super) fn assess(inputs: &Inputs) -> Assessment {
    let decision = decide(inputs);
    let measures = decision.measures.map(|measure| MeasureResult {
        measure,
        scored: scored(measure, inputs).ok_or_else(|| inputs.missing(&fields(measure, inputs))),
    });
    Assessment {
        summary: summarise(&decision),
        notes: notes(inputs),
        decision,
        measures,
    }
}

/// "adult: minimal ≥ 20, moderate ≥ 40, major ≥ 60".
pub fn thresholds_words(population: Population) -> String {
    let bands: Vec<String> = thresholds(population)
        .iter()
        .rev()
        .map(|(r, least)| format!("{} ≥ {least}", r.code()))
        .collect();
    format!("{}: {}", population.code(), joined(&bands, ", "))
}

/// "PtGA and HAQ".
fn names(measures: impl Iterator<Item = Measure>) -> String {
    join_and(&measures.map(Measure::short).collect::<Vec<_>>())
}

/// The TIS in one sentence.
fn summarise(d: &Decision) -> String {
    let missing = names(d.missing());
    let thresholds = d
        .population
        .map_or(String::new(), |p| format!(" ({})", thresholds_words(p)));
    let scored = match d.score() {
        Some(score) => format!("TIS {} of 100", value(score)),
        None => format!(
            "TIS between {} and {} while {missing} {} not entered",
            value(d.score_min),
            value(d.score_max),
            if d.missing().count() == 1 {
                "is"
            } else {
                "are"
            }
        ),
    };
    match (d.category, d.population) {
        (Category::Reached(response), _) if d.score().is_some() => {
            format!("{scored}: {}{thresholds}.", response.label().to_ascii_lowercase())
        }
        (Category::Reached(response), _) => format!(
            "{scored}: {} whatever they score{thresholds}.",
            response.label().to_ascii_lowercase()
        ),
        (Category::Indeterminate, None) => {
            format!("{scored}; the category needs the population (adult or juvenile) to be corrected.")
        }
        (Category::Indeterminate, Some(p)) => format!(
            "{scored}: the category could be anything from {} to {}, depending on {missing}{thresholds}.",
            Response::of(d.score_min, p).label().to_ascii_lowercase(),
            Response::of(d.score_max, p).label().to_ascii_lowercase(),
        ),
    }
}

/// A doubtful enzyme value (`1.200` U/L), and a baseline enzyme within its
/// normal range, which is not the "most abnormal" enzyme the criteria
/// follow: say so, never change the score.
fn notes(inputs: &Inputs) -> Vec<String> {
    let values = match inputs.enzyme_followed() {
        Enzyme::Ck => [Field::CkUln, Field::CkBaseline, Field::CkWeek24],
        _ => [Field::EnzymeUln, Field::EnzymeBaseline, Field::EnzymeWeek24],
    };
    let mut notes = inputs.doubt_notes(&values);
    let (unit, uln) = inputs.enzyme_unit_and_uln();
    let baseline = inputs.core_visits(Measure::Enzyme).map(|v| v.baseline);
    if let (Some(unit), Some(uln), Some(b)) = (unit, uln, baseline) {
        if b <= uln {
            notes.push(format!(
                "Baseline {} {} {u} is not above its upper limit of normal ({} {u}): the criteria follow the most abnormal muscle enzyme at baseline.",
                inputs.enzyme_followed().name(),
                value(b),
                value(uln),
                u = unit.symbol()
            ));
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::super::max_points;
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn a_doubtful_value_of_the_enzyme_followed_is_noted() {
        use crate::field::{Field::*, Form};
        let aldolase = Form::typed(&[(EnzymeName, "aldolase"), (EnzymeBaseline, "2.400")]);
        let notes = crate::assess(&aldolase).tis.notes;
        assert!(
            notes[0].starts_with("Enzyme baseline: 2.400 is read as 2.4 U/L"),
            "{notes:?}"
        );
        // CK followed: its own values are the enzyme's.
        let ck = Form::typed(&[(CkWeek24, "5.000")]);
        let notes = crate::assess(&ck).tis.notes;
        assert!(
            notes[0].starts_with("CK week 24: 5.000 is read as 5 U/L"),
            "{notes:?}"
        );
    }

    #[test]
    fn an_enzyme_normal_at_baseline_is_noted_in_its_own_unit() {
        use crate::field::{Field::*, Form};
        let notes = |pairs: &[(crate::Field, &str)]| crate::assess(&Form::typed(pairs)).tis.notes;
        let aldolase = notes(&[
            (EnzymeName, "aldolase"),
            (EnzymeUnit, "ukat/L"),
            (EnzymeUln, "0.13"),
            (EnzymeBaseline, "0.13"),
            (EnzymeWeek24, "0.1"),
        ]);
        assert_eq!(
            aldolase,
            ["Baseline Aldolase 0.13 µkat/L is not above its upper limit of normal (0.13 µkat/L): the criteria follow the most abnormal muscle enzyme at baseline."]
        );
        // CK followed: its own unit and ULN, whatever the other enzyme's.
        let ck = notes(&[
            (EnzymeUnit, "ukat/L"),
            (EnzymeUln, "0.13"),
            (CkUln, "200"),
            (CkBaseline, "150"),
            (CkWeek24, "100"),
        ]);
        assert_eq!(
            ck,
            ["Baseline CK 150 U/L is not above its upper limit of normal (200 U/L): the criteria follow the most abnormal muscle enzyme at baseline."]
        );
        let abnormal = notes(&[(CkUln, "200"), (CkBaseline, "201"), (CkWeek24, "100")]);
        assert!(abnormal.is_empty(), "{abnormal:?}");
    }

    #[test]
    fn thresholds_read_lowest_first() {
        assert_eq!(
            thresholds_words(Population::Adult),
            "adult: minimal ≥ 20, moderate ≥ 40, major ≥ 60"
        );
        assert_eq!(
            thresholds_words(Population::Juvenile),
            "juvenile: minimal ≥ 30, moderate ≥ 45, major ≥ 70"
        );
        assert_eq!(max_points(Measure::Mmt), Decimal::new(325, 1));
    }
}
