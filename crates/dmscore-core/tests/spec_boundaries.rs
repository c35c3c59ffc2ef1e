//! Every boundary written in docs/rules/partial-remission.md.

use dmscore_core::partial_remission::Assessment;
use dmscore_core::{Criterion, Field, Form, Status, Verdict};
use rust_decimal::Decimal;
use std::str::FromStr;

fn form(pairs: &[(Field, &str)]) -> Form {
    pairs
        .iter()
        .fold(Form::empty(), |f, (field, text)| f.with(*field, *text))
}

fn status(a: &Assessment, c: Criterion) -> Status {
    a.criterion(c).outcome.status()
}

fn ck(uln: &str, b: &str, w: &str) -> Assessment {
    assess(&form(&[
        (Field::CkUln, uln),
        (Field::CkBaseline, b),
        (Field::CkWeek24, w),
    ]))
}

fn mmt(max: &str, s0: &str, s1: &str) -> Assessment {
    assess(&form(&[
        (Field::MmtMax, max),
        (Field::MmtBaseline, s0),
        (Field::MmtWeek24, s1),
    ]))
}

fn dssi(b: &str, w: &str) -> Assessment {
    assess(&form(&[(Field::DssiBaseline, b), (Field::DssiWeek24, w)]))
}

/// The seed rule's assessment of the form.
fn assess(form: &Form) -> Assessment {
    dmscore_core::assess(form).remission
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn ck_exactly_half_is_met_and_just_over_is_not() {
    assert_eq!(
        status(&ck("200", "1200", "600"), Criterion::Ck),
        Status::Met
    );
    assert_eq!(
        status(&ck("200", "1200", "600.01"), Criterion::Ck),
        Status::NotMet
    );
    assert_eq!(status(&ck("200", "1200", "0"), Criterion::Ck), Status::Met);
}

#[test]
fn ck_baseline_must_be_strictly_above_twice_uln() {
    let at = ck("200", "400", "100");
    assert_eq!(status(&at, Criterion::Ck), Status::NotEvaluable);
    assert!(at
        .criterion(Criterion::Ck)
        .reason
        .contains("not above 2× ULN (400 U/L)"));
    assert_eq!(
        status(&ck("200", "400.01", "200"), Criterion::Ck),
        Status::Met
    );
}

#[test]
fn ck_reason_matches_the_issue_wording() {
    let a = ck("200", "1200", "500");
    let ck = a.criterion(Criterion::Ck);
    assert_eq!(
        ck.reason,
        "CK fell 58.3 % from 1200 to 500 U/L; ≥ 50 % needed because baseline was above 2× ULN (400 U/L)."
    );
    assert_eq!(
        ck.outcome.improvement().map(|p| p.round_dp(2)),
        Some(d("58.33"))
    );
}

#[test]
fn ck_does_not_depend_on_the_unit() {
    let u = ck("200", "1200", "600");
    let k = assess(&form(&[
        (Field::CkUnit, "ukat/L"),
        (Field::CkUln, "3.3333"),
        (Field::CkBaseline, "20"),
        (Field::CkWeek24, "10"),
    ]));
    assert_eq!(status(&u, Criterion::Ck), Status::Met);
    assert_eq!(status(&k, Criterion::Ck), Status::Met);
    assert!(k.criterion(Criterion::Ck).reason.contains("µkat/L"));
}

#[test]
fn ck_worsening_is_a_negative_improvement() {
    let a = ck("200", "1000", "1100");
    assert_eq!(status(&a, Criterion::Ck), Status::NotMet);
    assert_eq!(
        a.criterion(Criterion::Ck).outcome.improvement(),
        Some(d("-10"))
    );
    assert!(a
        .criterion(Criterion::Ck)
        .reason
        .starts_with("CK rose 10.0 % from 1000 to 1100 U/L"));
}

#[test]
fn mmt_halving_the_deficit_exactly_is_met() {
    // 150 − 110 = 40 → 150 − 130 = 20: exactly halved.
    assert_eq!(
        status(&mmt("150", "110", "130"), Criterion::Mmt),
        Status::Met
    );
    assert_eq!(
        status(&mmt("150", "110", "129.99"), Criterion::Mmt),
        Status::NotMet
    );
    let r = mmt("150", "110", "135");
    assert_eq!(
        r.criterion(Criterion::Mmt).outcome.improvement(),
        Some(d("62.5"))
    );
}

#[test]
fn mmt_decimal_case_from_the_spec_is_exact() {
    // 37.4 → 18.7: f64 arithmetic gets this wrong; exact decimals do not.
    let a = mmt("90", "52.6", "71.3");
    assert_eq!(status(&a, Criterion::Mmt), Status::Met);
    assert_eq!(
        a.criterion(Criterion::Mmt).outcome.improvement(),
        Some(d("50"))
    );
    let naive = 2.0 * (90.0_f64 - 71.3) <= 90.0 - 52.6;
    assert!(
        !naive,
        "the spec's example is exactly the case binary floats get wrong"
    );
}

#[test]
fn mmt_at_maximum_is_not_evaluable() {
    let a = mmt("150", "150", "150");
    assert_eq!(status(&a, Criterion::Mmt), Status::NotEvaluable);
    assert_eq!(a.criterion(Criterion::Mmt).outcome.improvement(), None);
    assert!(a.criterion(Criterion::Mmt).reason.contains("scale maximum"));
}

#[test]
fn mmt_reason_names_the_deficit_reading_and_the_target_score() {
    let a = mmt("80", "40", "50");
    let r = &a.criterion(Criterion::Mmt).reason;
    assert!(
        r.contains("Strength deficit fell 25.0 % from 40 to 30 points"),
        "{r}"
    );
    assert!(r.contains("week-24 score at least 60"), "{r}");
    assert!(Criterion::Mmt.rule().contains("maximum − score"));
}

#[test]
fn dssi_exactly_half_and_zero_baseline() {
    assert_eq!(status(&dssi("12.5", "6.25"), Criterion::Dssi), Status::Met);
    let short = dssi("12.5", "6.26");
    assert_eq!(status(&short, Criterion::Dssi), Status::NotMet);
    let reason = &short.criterion(Criterion::Dssi).reason;
    assert!(
        reason.contains("≥ 50 % was needed (week 24 at most 6.25)"),
        "{reason}"
    );
    let same = dssi("10", "10");
    let reason = &same.criterion(Criterion::Dssi).reason;
    assert!(reason.starts_with("DSSI was unchanged at 10;"), "{reason}");
    let zero = dssi("0", "0");
    assert_eq!(status(&zero, Criterion::Dssi), Status::NotEvaluable);
    assert_eq!(zero.criterion(Criterion::Dssi).outcome.improvement(), None);
    assert_eq!(
        dssi("12.5", "5")
            .criterion(Criterion::Dssi)
            .outcome
            .improvement(),
        Some(d("60"))
    );
}

#[test]
fn missing_and_invalid_values_are_not_entered_and_named() {
    let a = assess(&form(&[(Field::CkUln, "abc"), (Field::CkBaseline, "1200")]));
    let ck = a.criterion(Criterion::Ck);
    assert_eq!(ck.outcome.status(), Status::NotEntered);
    assert!(ck.reason.contains("missing CK week 24"), "{}", ck.reason);
    assert!(
        ck.reason
            .contains("CK upper limit of normal to be corrected"),
        "{}",
        ck.reason
    );
    assert_eq!(
        dmscore_core::assess(&form(&[(Field::CkUln, "abc"), (Field::CkBaseline, "1200")]))
            .errors()
            .len(),
        1
    );
}

#[test]
fn a_ck_baseline_that_cannot_qualify_is_said_before_week_24_is_entered() {
    let low = ck("200", "400", "");
    let reason = &low.criterion(Criterion::Ck).reason;
    assert_eq!(
        reason,
        "Needs a value: missing CK week 24. The baseline 400 U/L is not above 2× ULN (400 U/L), so this criterion could not count."
    );
    let high = ck("200", "401", "");
    let reason = &high.criterion(Criterion::Ck).reason;
    assert_eq!(reason, "Needs a value: missing CK week 24.");
}

#[test]
fn verdict_achieved_by_one_criterion_even_with_others_missing() {
    let a = mmt("150", "110", "135");
    assert_eq!(a.verdict, Verdict::Achieved);
    assert_eq!(status(&a, Criterion::Ck), Status::NotEntered);
    assert!(a.summary.contains("met by MMT"));
}

#[test]
fn verdict_indeterminate_names_what_is_missing() {
    let a = mmt("150", "110", "115");
    assert_eq!(a.verdict, Verdict::Indeterminate);
    assert!(
        a.summary.contains("CK upper limit of normal"),
        "{}",
        a.summary
    );
    assert!(a.summary.contains("DSSI week 24"), "{}", a.summary);
}

#[test]
fn verdict_not_achieved_when_all_are_decided() {
    let a = assess(&form(&[
        (Field::CkUln, "200"),
        (Field::CkBaseline, "300"),
        (Field::CkWeek24, "100"),
        (Field::MmtMax, "150"),
        (Field::MmtBaseline, "150"),
        (Field::MmtWeek24, "150"),
        (Field::DssiBaseline, "10"),
        (Field::DssiWeek24, "9"),
    ]));
    assert_eq!(a.verdict, Verdict::NotAchieved);
    assert_eq!(
        Verdict::from_statuses([Status::NotEvaluable; 3]),
        Verdict::NotAchieved
    );
}

#[test]
fn notes_flag_inactive_baselines_but_never_change_the_verdict() {
    let active = assess(&form(&[
        (Field::CkUln, "200"),
        (Field::CkBaseline, "1200"),
        (Field::CkWeek24, "500"),
        (Field::DssiBaseline, "10"),
    ]));
    assert!(active.notes.is_empty(), "{:?}", active.notes);

    let quiet = assess(&form(&[
        (Field::CkUln, "100"),
        (Field::CkBaseline, "400"),
        (Field::CkWeek24, "100"),
        (Field::MmtMax, "150"),
        (Field::MmtBaseline, "120"),
        (Field::DssiBaseline, "2"),
        (Field::DssiWeek24, "1"),
    ]));
    assert_eq!(quiet.verdict, Verdict::Achieved);
    assert_eq!(quiet.notes.len(), 2, "{:?}", quiet.notes);
    assert!(quiet.notes[0].contains("CK 400 U/L is not above 400 U/L and MMT 120 is not below 85"));
    assert!(quiet.notes[1].contains("DSSI 2 is not above 2"));
    // MMT 85 is not below 85: the note stands at the edge.
    let edge = mmt("150", "85", "100");
    assert!(
        edge.notes
            .iter()
            .any(|n| n.contains("MMT 85 is not below 85")),
        "{:?}",
        edge.notes
    );
    assert!(mmt("150", "84.9", "100").notes.is_empty());

    // CK in µkat/L is compared with 400 U/L after conversion: 6.67 µkat/L = 400.2 U/L.
    let ukat = assess(&form(&[
        (Field::CkUnit, "ukat/L"),
        (Field::CkBaseline, "6.67"),
    ]));
    assert!(ukat.notes.is_empty(), "{:?}", ukat.notes);
    // A weak MMT alone shows active muscle disease.
    let weak = assess(&form(&[
        (Field::CkBaseline, "100"),
        (Field::MmtBaseline, "60"),
    ]));
    assert!(weak.notes.is_empty(), "{:?}", weak.notes);
    // Full strength on the one-side scale (80/80) is not weakness, though 80 < 85.
    let strong = assess(&form(&[(Field::MmtMax, "80"), (Field::MmtBaseline, "80")]));
    assert_eq!(strong.notes.len(), 1, "{:?}", strong.notes);
    assert!(
        strong.notes[0].contains("MMT 80 is the scale maximum (no weakness)"),
        "{:?}",
        strong.notes
    );
}

#[test]
fn a_not_met_percentage_never_reads_as_fifty() {
    // 49.96 % falls short and is shown as 49.9, not 50.0.
    let a = dssi("72", "36.0288");
    assert_eq!(status(&a, Criterion::Dssi), Status::NotMet);
    assert!(
        a.criterion(Criterion::Dssi).reason.contains("fell 49.9 %"),
        "{}",
        a.criterion(Criterion::Dssi).reason
    );
}
