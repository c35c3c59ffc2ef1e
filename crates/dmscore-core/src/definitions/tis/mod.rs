//! The 2016 ACR/EULAR response criteria: the Total Improvement Score (TIS).
//!
//! Each of the six IMACS core set measures earns points for its percent
//! improvement (bands closed at the top: "> 5 to 15 %" holds 15 exactly);
//! the TIS is their sum, 0–100, and its category depends on the population
//! (adult DM/PM or juvenile DM). With measures missing, the TIS is a range:
//! missing measures at 0 points and at their maximum. Every band is decided
//! without division (`100·gain > edge·denominator`) in exact decimals. The
//! rules, sources and choices made: `docs/rules/tis-2016.md`.

mod reasons;

pub use reasons::{thresholds_words, Assessment, MeasureResult};

use super::{Definition, Source};
use crate::field::Field;
use crate::format::value;
use crate::measures::{Inputs, Measure, Population, Visits, CMAS_MAX, HAQ_MAX, VAS_MAX};
use rust_decimal::Decimal;

/// The adult criteria (the points table is the same for both populations).
pub const SOURCE: Source = Source {
    citation: "Aggarwal R, Rider LG, Ruperto N, et al. 2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in adult dermatomyositis and polymyositis. Ann Rheum Dis 2017;76(5):792–801.",
    short: "Aggarwal et al., Ann Rheum Dis 2017",
    doi: "10.1136/annrheumdis-2017-211400",
};

/// The juvenile criteria; Table 3 is the points table used here.
pub const JUVENILE_SOURCE: Source = Source {
    citation: "Rider LG, Aggarwal R, Pistorio A, et al. 2016 American College of Rheumatology/European League Against Rheumatism criteria for minimal, moderate, and major clinical response in juvenile dermatomyositis. Arthritis Rheumatol 2017;69(5):911–923.",
    short: "Rider et al., Arthritis Rheumatol 2017",
    doi: "10.1002/art.40060",
};

/// The rule in brief, with the reading it rests on (the spec's open point:
/// the percent change), shown under the TIS worked measure by measure.
pub const IN_BRIEF: &str = "Change as a share of the scale's range (0–10 cm, HAQ 0–3, MMT 0 to its maximum, CMAS 0–52), the enzyme's of its baseline; bands include their upper edge. Read from the papers, not checked against the official calculator.";

/// Upper edges, in percent, of the four lower bands; the fifth band is
/// everything above the last edge.
const EDGES: [i64; 4] = [5, 15, 25, 40];
/// The strength measures' edges (MMT, CMAS).
const STRENGTH_EDGES: [i64; 4] = [2, 10, 20, 30];

/// Points per band in tenths of a point (7.5 → 75), Rider 2017 Table 3.
fn points_table(measure: Measure) -> [i64; 5] {
    match measure {
        Measure::Pga => [0, 75, 150, 175, 200],
        Measure::Ptga => [0, 25, 50, 75, 100],
        Measure::Mmt | Measure::Cmas => [0, 100, 200, 275, 325],
        Measure::Haq => [0, 50, 75, 75, 100],
        Measure::Enzyme => [0, 25, 50, 75, 75],
        Measure::Extra => [0, 75, 125, 150, 200],
    }
}

/// The least TIS for each response, highest first.
const ADULT_THRESHOLDS: [(Response, i64); 3] = [
    (Response::Major, 60),
    (Response::Moderate, 40),
    (Response::Minimal, 20),
];
const JUVENILE_THRESHOLDS: [(Response, i64); 3] = [
    (Response::Major, 70),
    (Response::Moderate, 45),
    (Response::Minimal, 30),
];

/// The criteria's improvement bands, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    /// Worsening, or improvement up to 5 % (strength: 2 %).
    First,
    Second,
    Third,
    Fourth,
    /// Above 40 % (strength: 30 %).
    Fifth,
}

impl Band {
    pub const ALL: [Band; 5] = [
        Band::First,
        Band::Second,
        Band::Third,
        Band::Fourth,
        Band::Fifth,
    ];

    fn index(self) -> usize {
        self as usize
    }

    /// The band as the criteria word it for `measure`: "≤ 5 %", "> 5 to
    /// 15 %", …, "> 40 %".
    pub fn label(self, measure: Measure) -> String {
        let edges = edges(measure);
        match self.index() {
            0 => format!("≤ {} %", edges[0]),
            4 => format!("> {} %", edges[3]),
            i => format!("> {} to {} %", edges[i - 1], edges[i]),
        }
    }

    /// The band's points for `measure`.
    pub fn points(self, measure: Measure) -> Decimal {
        Decimal::new(points_table(measure)[self.index()], 1)
    }
}

/// A measure's band edges in percent, lowest first (the top of each of the
/// four lower bands).
pub fn edges(measure: Measure) -> [i64; 4] {
    match measure {
        Measure::Mmt | Measure::Cmas => STRENGTH_EDGES,
        _ => EDGES,
    }
}

/// The most a measure can earn (its top band).
pub fn max_points(measure: Measure) -> Decimal {
    Band::Fifth.points(measure)
}

/// A clinical response category of the criteria.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Response {
    None,
    Minimal,
    Moderate,
    Major,
}

impl Response {
    pub const ALL: [Response; 4] = [
        Response::None,
        Response::Minimal,
        Response::Moderate,
        Response::Major,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Response::None => "none",
            Response::Minimal => "minimal",
            Response::Moderate => "moderate",
            Response::Major => "major",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Response::None => "No response",
            Response::Minimal => "Minimal improvement",
            Response::Moderate => "Moderate improvement",
            Response::Major => "Major improvement",
        }
    }

    /// The category a TIS falls in for `population`.
    pub fn of(score: Decimal, population: Population) -> Response {
        thresholds(population)
            .into_iter()
            .find(|(_, least)| score >= Decimal::from(*least))
            .map_or(Response::None, |(response, _)| response)
    }
}

/// The population's thresholds, highest first.
pub fn thresholds(population: Population) -> [(Response, i64); 3] {
    match population {
        Population::Adult => ADULT_THRESHOLDS,
        Population::Juvenile => JUVENILE_THRESHOLDS,
    }
}

/// The category reported: a response, or open while missing measures (or
/// a population to be corrected) could change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Reached(Response),
    Indeterminate,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Reached(Response::None),
        Category::Reached(Response::Minimal),
        Category::Reached(Response::Moderate),
        Category::Reached(Response::Major),
        Category::Indeterminate,
    ];

    /// The category's position in [`Category::ALL`], for counts.
    pub fn index(self) -> usize {
        match self {
            Category::Reached(response) => response as usize,
            Category::Indeterminate => Response::ALL.len(),
        }
    }

    /// `none` | `minimal` | `moderate` | `major` | `indeterminate` (CONTRACT §4).
    pub fn code(self) -> &'static str {
        match self {
            Category::Reached(response) => response.code(),
            Category::Indeterminate => "indeterminate",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Reached(response) => response.label(),
            Category::Indeterminate => "Not yet determinable",
        }
    }
}

/// How a measure's change becomes a percentage: the spec's one open point,
/// kept here alone. The change is a share of the scale's range for five
/// measures, and of the baseline for the enzyme, which has no upper bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// `gain / range · 100`.
    Range(Decimal),
    /// `gain / baseline · 100`.
    Baseline,
}

/// The scale of `measure`'s change; the MMT range is its maximum, which
/// must then be valid.
pub fn scale(measure: Measure, inputs: &Inputs) -> Option<Scale> {
    Some(match measure {
        Measure::Pga | Measure::Ptga | Measure::Extra => Scale::Range(Decimal::from(VAS_MAX)),
        Measure::Haq => Scale::Range(Decimal::from(HAQ_MAX)),
        Measure::Cmas => Scale::Range(Decimal::from(CMAS_MAX)),
        Measure::Mmt => Scale::Range(inputs.value(Field::MmtMax)?),
        Measure::Enzyme => Scale::Baseline,
    })
}

/// One measure scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeasureScore {
    pub measure: Measure,
    pub visits: Visits,
    pub scale: Scale,
    /// The improvement in percent; `None` for an enzyme baseline of 0.
    pub improvement: Option<Decimal>,
    pub band: Band,
    pub points: Decimal,
}

impl MeasureScore {
    /// The percentage's denominator: the range, or the baseline (`None`
    /// when that is 0 and no change can be expressed).
    fn denominator(&self) -> Option<Decimal> {
        match self.scale {
            Scale::Range(range) => Some(range),
            Scale::Baseline => {
                (self.visits.baseline > Decimal::ZERO).then_some(self.visits.baseline)
            }
        }
    }

    /// The band a displayed percentage falls in, to keep it honest.
    pub fn band_of_percent(&self, percent: Decimal) -> Band {
        let count = edges(self.measure)
            .into_iter()
            .filter(|edge| percent > Decimal::from(*edge))
            .count();
        Band::ALL[count]
    }
}

/// Scores a measure from its visits: the band from `100·gain > edge·d`.
pub fn score(measure: Measure, visits: Visits, scale: Scale) -> MeasureScore {
    let mut scored = MeasureScore {
        measure,
        visits,
        scale,
        improvement: None,
        band: Band::First,
        points: Decimal::ZERO,
    };
    let Some(denominator) = scored.denominator() else {
        return scored;
    };
    let gain = measure.gain(visits);
    let hundred_gain = gain.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(gain);
    let exceeded = edges(measure)
        .into_iter()
        .filter(|edge| {
            Decimal::from(*edge)
                .checked_mul(denominator)
                .is_some_and(|limit| hundred_gain > limit)
        })
        .count();
    scored.band = Band::ALL[exceeded];
    scored.points = scored.band.points(measure);
    scored.improvement = hundred_gain.checked_div(denominator);
    scored
}

/// The fields a measure needs for the TIS: its own, and the MMT maximum.
pub fn fields(measure: Measure, inputs: &Inputs) -> Vec<Field> {
    let mut fields = inputs.core_fields(measure);
    if measure == Measure::Mmt {
        fields.insert(1, Field::MmtMax);
    }
    fields
}

/// A measure's score once every field it needs is valid.
pub fn scored(measure: Measure, inputs: &Inputs) -> Option<MeasureScore> {
    let visits = inputs.core_visits(measure)?;
    Some(score(measure, visits, scale(measure, inputs)?))
}

/// The TIS without reasons: each measure's points, the range and the
/// category. No allocation: fast enough for every row of a cohort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    /// `None` while the population must be corrected.
    pub population: Option<Population>,
    pub measures: [Measure; 6],
    /// Each measure's points; `None` when it is not entered.
    pub points: [Option<Decimal>; 6],
    /// Missing measures at 0 points.
    pub score_min: Decimal,
    /// Missing measures at their maximum.
    pub score_max: Decimal,
    pub category: Category,
}

impl Decision {
    /// The TIS, once every measure is entered.
    pub fn score(&self) -> Option<Decimal> {
        self.points
            .iter()
            .all(Option::is_some)
            .then_some(self.score_min)
    }

    /// The measures not entered, in order.
    pub fn missing(&self) -> impl Iterator<Item = Measure> + '_ {
        self.measures
            .iter()
            .zip(&self.points)
            .filter(|(_, p)| p.is_none())
            .map(|(m, _)| *m)
    }
}

/// The TIS from the checked inputs, without reasons.
pub fn decide(inputs: &Inputs) -> Decision {
    let measures = inputs.core_set();
    let points = measures.map(|m| scored(m, inputs).map(|s| s.points));
    let sum = |missing_at: fn(Measure) -> Decimal| -> Decimal {
        measures
            .iter()
            .zip(&points)
            .map(|(m, p)| p.unwrap_or_else(|| missing_at(*m)))
            .sum()
    };
    let score_min = sum(|_| Decimal::ZERO);
    let score_max = sum(max_points);
    let population = inputs.population.value();
    let category = match population {
        Some(p) if Response::of(score_min, p) == Response::of(score_max, p) => {
            Category::Reached(Response::of(score_min, p))
        }
        _ => Category::Indeterminate,
    };
    Decision {
        population,
        measures,
        points,
        score_min,
        score_max,
        category,
    }
}

/// Every measure explained, the range, the category and its summary.
pub fn assess(inputs: &Inputs) -> Assessment {
    reasons::assess(inputs)
}

/// The TIS as one of the definitions.
pub struct TotalImprovementScore;

impl Definition for TotalImprovementScore {
    const ID: &'static str = "tis";
    const NAME: &'static str = "ACR/EULAR 2016 Total Improvement Score";
    const SOURCE: Source = SOURCE;
    const RULES: &'static str = "docs/rules/tis-2016.md";
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
            .zip(&d.points)
            .filter_map(|(m, p)| p.map(|p| (m.id(), points_words(p))))
            .collect()
    }
}

/// "17.5 points", "0 points".
pub fn points_words(points: Decimal) -> String {
    format!("{} points", value(points))
}
