//! Every boundary written for the IMACS 2004 definition of improvement in
//! docs/rules/doi-2004.md, in exact decimals.

use dmscore_core::doi::{self, Change, Status};
use dmscore_core::measures::Visits;
use dmscore_core::{Field, Form, Inputs, Measure};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn change(measure: Measure, b: &str, w: &str) -> Change {
    doi::change(
        measure,
        Visits {
            baseline: d(b),
            week24: d(w),
        },
    )
}

fn doi(pairs: &[(Field, &str)]) -> doi::Assessment {
    doi::assess(&Inputs::from_form(&Form::typed(pairs)))
}

#[test]
fn improved_means_at_least_20_percent_better() {
    assert_eq!(change(Measure::Pga, "5", "4"), Change::Improved);
    assert_eq!(change(Measure::Pga, "5", "4.01"), Change::Neither);
    assert_eq!(change(Measure::Mmt, "100", "120"), Change::Improved);
    assert_eq!(change(Measure::Mmt, "100", "119.99"), Change::Neither);
}

#[test]
fn worsened_means_at_least_25_percent_worse() {
    assert_eq!(change(Measure::Pga, "4", "5"), Change::Worsened);
    assert_eq!(change(Measure::Pga, "4", "4.99"), Change::Neither);
    assert_eq!(change(Measure::Mmt, "100", "75"), Change::Worsened);
    assert_eq!(change(Measure::Mmt, "100", "75.01"), Change::Neither);
    assert_eq!(change(Measure::Enzyme, "1000", "1250"), Change::Worsened);
}

#[test]
fn a_baseline_of_zero() {
    // Lower is better: cannot improve; worse when the follow-up is above 0.
    assert_eq!(change(Measure::Haq, "0", "0"), Change::Neither);
    assert_eq!(change(Measure::Haq, "0", "0.125"), Change::Worsened);
    // Strength: improved when the follow-up is above 0; cannot worsen.
    assert_eq!(change(Measure::Mmt, "0", "1"), Change::Improved);
    assert_eq!(change(Measure::Mmt, "0", "0"), Change::Neither);
    assert_eq!(change(Measure::Cmas, "0", "3"), Change::Improved);
}

#[test]
fn decimal_traps_decide_exactly() {
    // (0.7 − 0.56) / 0.7 is exactly 20 %; binary floating point says 19.99…
    assert_eq!(change(Measure::Haq, "0.7", "0.56"), Change::Improved);
    let (b, w) = (
        std::hint::black_box(0.7_f64),
        std::hint::black_box(0.56_f64),
    );
    assert!((b - w) / b * 100.0 < 20.0, "the trap is real");
    assert_eq!(change(Measure::Haq, "0.3", "0.24"), Change::Improved);
    let a = doi(&[(Field::HaqBaseline, "0.7"), (Field::HaqWeek24, "0.56")]);
    assert_eq!(a.measures[3].percent().as_deref(), Some("20.0"));
    let a = doi(&[(Field::HaqBaseline, "0.7"), (Field::HaqWeek24, "0.5601")]);
    assert_eq!(a.measures[3].percent().as_deref(), Some("19.99"));
    // The same on the worse side: 24.975 % worse is not 25 % worse.
    assert_eq!(change(Measure::Pga, "4", "4.999"), Change::Neither);
    let a = doi(&[(Field::PgaBaseline, "4"), (Field::PgaWeek24, "4.999")]);
    assert_eq!(a.measures[0].percent().as_deref(), Some("\u{2212}24.98"));
    let a = doi(&[(Field::PgaBaseline, "4"), (Field::PgaWeek24, "5")]);
    assert_eq!(a.measures[0].percent().as_deref(), Some("\u{2212}25.0"));
}

/// Six measures: PGA, PtGA, MMT, HAQ, CK, extramuscular, each as given.
fn patient(values: [(&str, &str); 6]) -> doi::Assessment {
    use Field::*;
    let fields = [
        (PgaBaseline, PgaWeek24),
        (PtgaBaseline, PtgaWeek24),
        (MmtBaseline, MmtWeek24),
        (HaqBaseline, HaqWeek24),
        (CkBaseline, CkWeek24),
        (ExtraBaseline, ExtraWeek24),
    ];
    let mut pairs = vec![(CkUln, "200")];
    for ((fb, fw), (b, w)) in fields.into_iter().zip(values) {
        pairs.push((fb, b));
        pairs.push((fw, w));
    }
    doi(&pairs)
}

const IMPROVED: (&str, &str) = ("2.5", "2");
const WORSE: (&str, &str) = ("2", "2.5");
const SAME: (&str, &str) = ("2", "2");

#[test]
fn three_improved_and_at_most_two_worse_is_met() {
    let a = patient([IMPROVED, IMPROVED, ("100", "100"), IMPROVED, WORSE, WORSE]);
    assert_eq!(a.decision.status, Status::Met);
    let ids: Vec<&str> = a.decision.with(Change::Improved).map(Measure::id).collect();
    assert_eq!(ids, ["pga", "ptga", "haq"]);
    let two = patient([IMPROVED, IMPROVED, ("100", "100"), SAME, WORSE, WORSE]);
    assert_eq!(two.decision.status, Status::NotMet);
    assert_eq!(
        two.summary,
        "Improvement not met: 2 improved by ≥ 20 % (PGA and PtGA), 2 worsened by ≥ 25 % (enzyme and extramuscular); 3 improved are needed."
    );
}

#[test]
fn three_worse_or_a_worse_strength_measure_is_not_met() {
    // Three improved, the strength measure among them: only the count of
    // measures worse fails.
    let three_worse = patient([IMPROVED, WORSE, ("100", "120"), IMPROVED, WORSE, WORSE]);
    assert_eq!(three_worse.decision.status, Status::NotMet);
    assert!(
        three_worse
            .summary
            .ends_with("; at most 2 measures may worsen by ≥ 25 %."),
        "{}",
        three_worse.summary
    );
    // MMT 100 → 75 is 25 % worse: never allowed, whatever else improved.
    let strength = patient([IMPROVED, IMPROVED, ("100", "75"), IMPROVED, IMPROVED, SAME]);
    assert_eq!(strength.decision.status, Status::NotMet);
    assert!(
        strength
            .summary
            .ends_with("; the strength measure may never worsen by ≥ 25 %."),
        "{}",
        strength.summary
    );
    assert!(strength.measures[2]
        .working()
        .unwrap()
        .ends_with("worsened (the strength measure may not worsen)"));
}

#[test]
fn missing_measures_decide_only_when_no_filling_could_change_it() {
    use Field::*;
    // Three improved, MMT unchanged, two missing: even both worse is allowed.
    let a = doi(&[
        (PgaBaseline, "5"),
        (PgaWeek24, "4"),
        (PtgaBaseline, "5"),
        (PtgaWeek24, "4"),
        (HaqBaseline, "1"),
        (HaqWeek24, "0.5"),
        (MmtBaseline, "100"),
        (MmtWeek24, "100"),
    ]);
    assert_eq!(a.decision.status, Status::Met);
    let missing: Vec<&str> = a.decision.missing().map(Measure::id).collect();
    assert_eq!(missing, ["enzyme", "extra"]);
    // Nothing improved and only two measures left: three cannot be reached.
    let b = doi(&[
        (PgaBaseline, "5"),
        (PgaWeek24, "5"),
        (PtgaBaseline, "5"),
        (PtgaWeek24, "5"),
        (HaqBaseline, "1"),
        (HaqWeek24, "1"),
        (MmtBaseline, "100"),
        (MmtWeek24, "100"),
    ]);
    assert_eq!(b.decision.status, Status::NotMet);
    assert!(
        b.summary.ends_with(
            "; 3 improved are needed, and enzyme and extramuscular not entered cannot make up the difference."
        ),
        "{}",
        b.summary
    );
    // Three improved but MMT missing: it could have worsened.
    let c = doi(&[
        (PgaBaseline, "5"),
        (PgaWeek24, "4"),
        (PtgaBaseline, "5"),
        (PtgaWeek24, "4"),
        (HaqBaseline, "1"),
        (HaqWeek24, "0.5"),
    ]);
    assert_eq!(c.decision.status, Status::Indeterminate);
    assert!(
        c.summary
            .contains("MMT, enzyme and extramuscular not entered"),
        "{}",
        c.summary
    );
}

#[test]
fn what_a_half_entered_measure_could_still_do_respects_its_scale() {
    use Field::*;
    // Three improved, MMT known not worse; PGA baseline 10 with week 24
    // missing can still improve but not worsen by 25 % (12.5 > 10), so
    // with enzyme and extramuscular unchanged nothing can undo "met".
    let a = doi(&[
        (PgaBaseline, "10"),
        (PtgaBaseline, "5"),
        (PtgaWeek24, "4"),
        (HaqBaseline, "1"),
        (HaqWeek24, "0.5"),
        (MmtBaseline, "100"),
        (MmtWeek24, "130"),
        (CkUln, "200"),
        (CkBaseline, "1000"),
        (CkWeek24, "1000"),
        (ExtraBaseline, "4"),
        (ExtraWeek24, "4"),
    ]);
    assert_eq!(a.decision.status, Status::Met);
    // With PGA baseline 7 it could worsen (8.75 ≤ 10)… but one worse is
    // still allowed: met. Three worse would need two more.
    let b = doi(&[
        (PgaBaseline, "7"),
        (PtgaBaseline, "5"),
        (PtgaWeek24, "7"),
        (HaqBaseline, "1"),
        (HaqWeek24, "1.5"),
        (MmtBaseline, "100"),
        (MmtWeek24, "130"),
        (CkUln, "200"),
        (CkBaseline, "1000"),
        (CkWeek24, "500"),
        (ExtraBaseline, "4"),
        (ExtraWeek24, "2"),
    ]);
    // Improved: MMT, CK, extra; worsened: PtGA, HAQ; PGA could be the third.
    assert_eq!(b.decision.status, Status::Indeterminate);
    let inputs = Inputs::from_form(&Form::typed(&[
        (PgaBaseline, "9"),
        (PtgaBaseline, "5"),
        (PtgaWeek24, "7"),
        (HaqBaseline, "1"),
        (HaqWeek24, "1.5"),
        (MmtBaseline, "100"),
        (MmtWeek24, "130"),
        (CkUln, "200"),
        (CkBaseline, "1000"),
        (CkWeek24, "500"),
        (ExtraBaseline, "4"),
        (ExtraWeek24, "2"),
    ]));
    let c = doi::assess(&inputs);
    // PGA 9 cannot reach 11.25: no third worsening, so met.
    assert_eq!(c.decision.status, Status::Met);
    // The line a page or note shows: what is missing, or the working.
    assert_eq!(
        c.measures[0].explained(&inputs),
        "Needs a value: missing PGA week 24."
    );
    assert_eq!(
        Some(c.measures[1].explained(&inputs)),
        c.measures[1].working()
    );
}

#[test]
fn the_worked_lines_show_the_formula_with_the_numbers() {
    let a = patient([
        IMPROVED,
        IMPROVED,
        ("100", "100"),
        IMPROVED,
        WORSE,
        ("0", "0"),
    ]);
    assert_eq!(
        a.measures[0].working().unwrap(),
        "(2.5 − 2) / 2.5 × 100 = 20.0 % of baseline; ≥ 20 % better: improved"
    );
    assert_eq!(
        a.measures[2].working().unwrap(),
        "(100 − 100) / 100 × 100 = 0.0 % of baseline; not ≥ 20 % better nor ≥ 25 % worse: neither"
    );
    assert_eq!(
        a.measures[5].working().unwrap(),
        "baseline 0, week 24 0: no relative change; unchanged from 0: neither"
    );
}
