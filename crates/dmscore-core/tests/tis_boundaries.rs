//! Every boundary written for the Total Improvement Score in
//! docs/rules/tis-2016.md, in exact decimals.

use dmscore_core::tis::{self, Band, Category, Response};
use dmscore_core::{Field, Form, Inputs, Measure};
use rust_decimal::Decimal;
use std::str::FromStr;

fn tis(pairs: &[(Field, &str)]) -> tis::Assessment {
    tis::assess(&Inputs::from_form(&Form::typed(pairs)))
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The points one measure earns for `baseline → week24`.
fn points(baseline: Field, week24: Field, b: &str, w: &str, more: &[(Field, &str)]) -> Decimal {
    let mut pairs = vec![(baseline, b), (week24, w)];
    pairs.extend_from_slice(more);
    let a = tis(&pairs);
    let measure = a
        .measures
        .iter()
        .find(|m| m.scored.is_ok())
        .expect("one measure scored");
    measure.scored.as_ref().unwrap().points
}

fn pga(b: &str, w: &str) -> Decimal {
    points(Field::PgaBaseline, Field::PgaWeek24, b, w, &[])
}

#[test]
fn global_activity_bands_are_closed_at_the_top() {
    // (6 − w) / 10 · 100: 5 %, 15 %, 25 %, 40 % exactly stay in the lower band.
    assert_eq!(pga("6", "5.5"), d("0"));
    assert_eq!(pga("6", "5.49"), d("7.5"));
    assert_eq!(pga("6", "4.5"), d("7.5"));
    assert_eq!(pga("6", "4.49"), d("15"));
    assert_eq!(pga("6", "3.5"), d("15"));
    assert_eq!(pga("6", "3.49"), d("17.5"));
    assert_eq!(pga("6", "2"), d("17.5"));
    assert_eq!(pga("6", "1.99"), d("20"));
    // Worsening is the lowest band.
    assert_eq!(pga("3", "9"), d("0"));
}

#[test]
fn each_measure_has_its_own_points_per_band() {
    use Field::*;
    // Top band of every measure: the maxima add up to 100.
    assert_eq!(points(PtgaBaseline, PtgaWeek24, "8", "2", &[]), d("10"));
    assert_eq!(points(HaqBaseline, HaqWeek24, "3", "0", &[]), d("10"));
    assert_eq!(points(ExtraBaseline, ExtraWeek24, "9", "1", &[]), d("20"));
    assert_eq!(points(MmtBaseline, MmtWeek24, "60", "150", &[]), d("32.5"));
    assert_eq!(
        points(CkBaseline, CkWeek24, "1000", "100", &[(CkUln, "200")]),
        d("7.5")
    );
    // HAQ's third and fourth bands both earn 7.5.
    assert_eq!(points(HaqBaseline, HaqWeek24, "2", "1.4", &[]), d("7.5"));
    assert_eq!(points(HaqBaseline, HaqWeek24, "2", "1.1", &[]), d("7.5"));
    let maxima: Decimal = [
        Measure::Pga,
        Measure::Ptga,
        Measure::Mmt,
        Measure::Haq,
        Measure::Enzyme,
        Measure::Extra,
    ]
    .into_iter()
    .map(tis::max_points)
    .sum();
    assert_eq!(maxima, d("100"));
}

#[test]
fn strength_bands_are_2_10_20_30_percent_of_the_scale() {
    use Field::*;
    let mmt = |w: &str| points(MmtBaseline, MmtWeek24, "100", w, &[]);
    // (w − 100) / 150 · 100
    assert_eq!(mmt("103"), d("0"));
    assert_eq!(mmt("103.01"), d("10"));
    assert_eq!(mmt("115"), d("10"));
    assert_eq!(mmt("115.01"), d("20"));
    assert_eq!(mmt("130"), d("20"));
    assert_eq!(mmt("130.01"), d("27.5"));
    assert_eq!(mmt("145"), d("27.5"));
    assert_eq!(mmt("145.01"), d("32.5"));
    // CMAS (juvenile) on its 0–52 scale: 2 % is 1.04 points.
    let cmas = |w: &str| {
        points(
            CmasBaseline,
            CmasWeek24,
            "30",
            w,
            &[(Population, "juvenile"), (Strength, "cmas")],
        )
    };
    assert_eq!(cmas("31.04"), d("0"));
    assert_eq!(cmas("31.05"), d("10"));
    assert_eq!(cmas("45.6"), d("27.5"));
    assert_eq!(cmas("45.61"), d("32.5"));
}

#[test]
fn enzymes_change_relative_to_baseline() {
    use Field::*;
    let ck = |w: &str| points(CkBaseline, CkWeek24, "1000", w, &[(CkUln, "200")]);
    assert_eq!(ck("950"), d("0"));
    assert_eq!(ck("949"), d("2.5"));
    assert_eq!(ck("600"), d("7.5"));
    assert_eq!(ck("599"), d("7.5"));
    let aldolase = tis(&[
        (EnzymeName, "aldolase"),
        (EnzymeUln, "8"),
        (EnzymeBaseline, "24"),
        (EnzymeWeek24, "12"),
    ]);
    let enzyme = &aldolase.measures[4];
    assert_eq!(enzyme.measure, Measure::Enzyme);
    let scored = enzyme.scored.as_ref().unwrap();
    assert_eq!(
        (scored.improvement, scored.points),
        (Some(d("50")), d("7.5"))
    );
    assert_eq!(
        enzyme.working().unwrap(),
        "(24 − 12) / 24 × 100 = 50.0 % of baseline; band > 40 %: 7.5 points"
    );
}

#[test]
fn an_enzyme_baseline_of_zero_scores_nothing_and_says_why() {
    use Field::*;
    let a = tis(&[(CkUln, "200"), (CkBaseline, "0"), (CkWeek24, "50")]);
    let scored = a.measures[4].scored.as_ref().unwrap();
    assert_eq!((scored.improvement, scored.points), (None, d("0")));
    assert!(a.measures[4]
        .working()
        .unwrap()
        .starts_with("baseline 0: no change relative to baseline can be expressed"));
}

#[test]
fn decimal_traps_score_exactly() {
    use Field::*;
    // (0.2 − 0.05) / 3 · 100 is exactly 5 %: the lowest band. Binary
    // floating point makes it 5.000000000000001 %, i.e. 5 points.
    assert_eq!(points(HaqBaseline, HaqWeek24, "0.2", "0.05", &[]), d("0"));
    let naive = (std::hint::black_box(0.2_f64) - 0.05) / 3.0 * 100.0;
    assert!(naive > 5.0, "the trap is real: {naive}");
    assert_eq!(points(HaqBaseline, HaqWeek24, "0.3", "0.15", &[]), d("0"));
    assert_eq!(points(HaqBaseline, HaqWeek24, "0.3", "0.149", &[]), d("5"));
    assert_eq!(pga("1.1", "0.6"), d("0"));
    // The percentage shown never reads as a band the value is not in.
    let haq = tis(&[(HaqBaseline, "0.3"), (HaqWeek24, "0.1488")]);
    assert_eq!(haq.measures[3].percent().as_deref(), Some("5.04"));
    let haq = tis(&[(HaqBaseline, "0.3"), (HaqWeek24, "0.15")]);
    assert_eq!(haq.measures[3].percent().as_deref(), Some("5.0"));
    assert_eq!(
        haq.measures[3].working().unwrap(),
        "(0.3 − 0.15) / 3 × 100 = 5.0 % of the 0–3 scale; band ≤ 5 %: 0 points"
    );
}

/// A complete patient whose TIS is `pga + extra + mmt + ptga + haq +
/// enzyme` points, each measure set to reach the given band.
fn patient(population: &str, pga: &str, extra: &str, mmt: &str, ptga: &str) -> tis::Assessment {
    use Field::*;
    tis(&[
        (Population, population),
        (PgaBaseline, "6"),
        (PgaWeek24, pga),
        (ExtraBaseline, "6"),
        (ExtraWeek24, extra),
        (MmtBaseline, "100"),
        (MmtWeek24, mmt),
        (PtgaBaseline, "6"),
        (PtgaWeek24, ptga),
        (HaqBaseline, "1"),
        (HaqWeek24, "1"),
        (CkUln, "200"),
        (CkBaseline, "1000"),
        (CkWeek24, "1000"),
    ])
}

fn category(a: &tis::Assessment) -> (Option<Decimal>, Category) {
    (a.decision.score(), a.decision.category)
}

#[test]
fn adult_categories_start_at_20_40_60() {
    use Response::*;
    let reached = |r| Category::Reached(r);
    // PGA 20 (6 → 1.9), extra 20, MMT 20 (100 → 130), PtGA 0 (6 → 6).
    assert_eq!(
        category(&patient("adult", "1.9", "6", "100", "6")),
        (Some(d("20")), reached(Minimal))
    );
    assert_eq!(
        category(&patient("adult", "2", "6", "100", "6")),
        (Some(d("17.5")), reached(None))
    );
    assert_eq!(
        category(&patient("adult", "1.9", "1.9", "100", "6")),
        (Some(d("40")), reached(Moderate))
    );
    assert_eq!(
        category(&patient("adult", "2", "1.9", "100", "6")),
        (Some(d("37.5")), reached(Minimal))
    );
    assert_eq!(
        category(&patient("adult", "1.9", "1.9", "130", "6")),
        (Some(d("60")), reached(Major))
    );
    assert_eq!(
        category(&patient("adult", "2", "1.9", "130", "6")),
        (Some(d("57.5")), reached(Moderate))
    );
}

#[test]
fn juvenile_categories_start_at_30_45_70() {
    use Response::*;
    let reached = |r| Category::Reached(r);
    // PGA 20 + PtGA 10 (6 → 1.9) = 30.
    assert_eq!(
        category(&patient("juvenile", "1.9", "6", "100", "1.9")),
        (Some(d("30")), reached(Minimal))
    );
    assert_eq!(
        category(&patient("juvenile", "2", "6", "100", "1.9")),
        (Some(d("27.5")), reached(None))
    );
    // PGA 20 + extra 15 (6 → 3.4) + MMT 10 (100 → 104) = 45.
    assert_eq!(
        category(&patient("juvenile", "1.9", "3.4", "104", "6")),
        (Some(d("45")), reached(Moderate))
    );
    assert_eq!(
        category(&patient("juvenile", "2", "3.4", "104", "6")),
        (Some(d("42.5")), reached(Minimal))
    );
    // PGA 20 + extra 20 + MMT 20 + PtGA 10 = 70.
    assert_eq!(
        category(&patient("juvenile", "1.9", "1.9", "130", "1.9")),
        (Some(d("70")), reached(Major))
    );
    assert_eq!(
        category(&patient("juvenile", "2", "1.9", "130", "1.9")),
        (Some(d("67.5")), reached(Moderate))
    );
    // The same 60 is major for an adult, moderate for a child.
    assert_eq!(
        category(&patient("adult", "1.9", "1.9", "130", "6")).1,
        reached(Major)
    );
    assert_eq!(
        category(&patient("juvenile", "1.9", "1.9", "130", "6")).1,
        reached(Moderate)
    );
}

#[test]
fn missing_measures_give_a_range_and_name_what_could_change_it() {
    use Field::*;
    // PGA 20 + extra 20 entered; PtGA, MMT, HAQ, enzyme missing.
    let a = tis(&[
        (PgaBaseline, "6"),
        (PgaWeek24, "1.9"),
        (ExtraBaseline, "6"),
        (ExtraWeek24, "1.9"),
    ]);
    assert_eq!(a.decision.score(), None);
    assert_eq!(
        (a.decision.score_min, a.decision.score_max),
        (d("40"), d("100"))
    );
    assert_eq!(a.decision.category, Category::Indeterminate);
    assert!(
        a.summary
            .contains("TIS between 40 and 100 while PtGA, MMT, HAQ and enzyme are not entered"),
        "{}",
        a.summary
    );
    assert!(
        a.summary
            .contains("from moderate improvement to major improvement"),
        "{}",
        a.summary
    );
    assert!(a.measures[2]
        .scored
        .as_ref()
        .is_err_and(|missing| missing == &[MmtBaseline, MmtWeek24]));
    // Scores without the scale maximum are not a percentage of anything.
    let inputs = Inputs::from_form(&Form::typed(&[
        (MmtMax, ""),
        (MmtBaseline, "100"),
        (MmtWeek24, "130"),
    ]));
    let mmt = &tis::assess(&inputs).measures[2];
    assert!(mmt
        .scored
        .as_ref()
        .is_err_and(|missing| missing == &[MmtMax]));
    assert_eq!(
        mmt.explained(&inputs),
        "Needs a value: missing MMT scale maximum. It can add 0 to 32.5 points."
    );
}

#[test]
fn a_category_the_missing_measures_cannot_change_stands() {
    // 65 with only PtGA (at most 10) missing: major either way.
    let mut a = patient("adult", "1.9", "1.9", "130", "6");
    assert_eq!(a.decision.score(), Some(d("60")));
    assert!(!a.summary.contains("whatever"), "{}", a.summary);
    a = tis(&[
        (Field::PgaBaseline, "6"),
        (Field::PgaWeek24, "1.9"),
        (Field::ExtraBaseline, "6"),
        (Field::ExtraWeek24, "1.9"),
        (Field::MmtBaseline, "100"),
        (Field::MmtWeek24, "130"),
        (Field::HaqBaseline, "1"),
        (Field::HaqWeek24, "0.8"),
        (Field::CkUln, "200"),
        (Field::CkBaseline, "1000"),
        (Field::CkWeek24, "1000"),
    ]);
    assert_eq!(
        (a.decision.score_min, a.decision.score_max),
        (d("65"), d("75"))
    );
    assert_eq!(a.decision.category, Category::Reached(Response::Major));
    assert!(
        a.summary.contains("major improvement whatever they score"),
        "{}",
        a.summary
    );
    // Nothing entered at all: anything is possible.
    let empty = tis(&[]);
    assert_eq!(
        (empty.decision.score_min, empty.decision.score_max),
        (d("0"), d("100"))
    );
    assert_eq!(empty.decision.category, Category::Indeterminate);
}

#[test]
fn the_bands_read_as_the_criteria_word_them() {
    assert_eq!(Band::First.label(Measure::Pga), "≤ 5 %");
    assert_eq!(Band::Second.label(Measure::Pga), "> 5 to 15 %");
    assert_eq!(Band::Fifth.label(Measure::Pga), "> 40 %");
    assert_eq!(Band::Second.label(Measure::Mmt), "> 2 to 10 %");
    assert_eq!(Band::Fifth.label(Measure::Cmas), "> 30 %");
}
