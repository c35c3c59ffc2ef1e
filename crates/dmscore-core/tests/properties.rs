//! Property tests: the core never panics, links round-trip, and a better
//! week-24 value never turns `met` into `not_met`.

use dmscore_core::number::{parse_decimal, with_decimal_point, words_after_number, NumberError};
use dmscore_core::{
    assess, decide, link, outcomes, Criterion, Field, Form, Inputs, Status, Verdict,
};
use proptest::prelude::*;

/// Text a clinician, a paste or a hostile link might put in a field.
fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{0,8}(\\.[0-9]{0,14})?",
        "[ ,.0-9eE+-]{0,12}",
        (0u32..2_000_000u32, 0u32..100).prop_map(|(i, f)| format!("{i}.{f:02}")),
        // Too many digits to hold, beside a unit that is itself refused.
        "[0-9]{13,30}",
        Just("U/L".to_owned()),
        Just("ukat/L".to_owned()),
        Just("mg/dL".to_owned()),
    ]
}

fn any_form() -> impl Strategy<Value = Form> {
    prop::collection::vec(field_text(), Field::COUNT).prop_map(|texts| {
        Field::ALL
            .into_iter()
            .zip(texts)
            .fold(Form::empty(), |f, (field, text)| f.with(field, text))
    })
}

/// An amount in hundredths, ordered as numbers (not as text).
fn amount(max_hundredths: u64) -> impl Strategy<Value = u64> {
    0..=max_hundredths
}

/// The amount as a clinician types it, e.g. `1200.05`.
fn typed(hundredths: u64) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn assess_never_panics_and_is_consistent(form in any_form()) {
        let whole = assess(&form);
        let a = &whole.remission;
        for c in &a.criteria {
            prop_assert!(!c.reason.is_empty());
            if c.outcome.status() == Status::NotEntered {
                prop_assert!(c.outcome.improvement().is_none());
            }
        }
        // Every invalid field is listed once, and only invalid fields are.
        for e in whole.errors() {
            prop_assert!(!e.message.is_empty());
        }
    }

    #[test]
    fn the_fast_decision_matches_the_explained_one(form in any_form()) {
        let a = assess(&form).remission;
        let statuses = decide(&Inputs::from_form(&form));
        prop_assert_eq!(statuses, a.criteria.clone().map(|c| c.outcome.status()));
        prop_assert_eq!(Verdict::from_statuses(statuses), a.verdict);
    }

    #[test]
    fn a_worksheet_in_the_address_round_trips_and_never_panics(
        grades in proptest::collection::vec(field_text(), 30),
        fragment in any::<String>(),
    ) {
        let _ = dmscore_core::mmt8::Sheet::decode(&fragment);
        let mut sheet = dmscore_core::mmt8::Sheet::default();
        for (i, g) in grades.into_iter().enumerate() {
            sheet.grades[i / 15][i % 15] = g;
        }
        let decoded = dmscore_core::mmt8::Sheet::decode(&format!("#v=1{}", sheet.encode()));
        prop_assert_eq!(decoded, sheet);
    }

    #[test]
    fn the_worked_rule_concludes_what_the_status_says(form in any_form()) {
        let a = assess(&form);
        for c in Criterion::ALL {
            let working = dmscore_core::partial_remission::working(c, &a.inputs);
            match (a.remission.criterion(c).outcome.status(), working) {
                (Status::NotEntered, w) => prop_assert_eq!(w, None),
                (Status::Met, Some(w)) => prop_assert!(w.ends_with(": met"), "{}", w),
                (Status::NotMet, Some(w)) => prop_assert!(w.ends_with(": not met"), "{}", w),
                (Status::NotEvaluable, Some(w)) => prop_assert!(w.contains(": not evaluable"), "{}", w),
                (status, None) => prop_assert!(false, "{:?} without a worked rule", status),
            }
        }
    }

    #[test]
    fn outcomes_without_reasons_match_the_explained_ones(form in any_form()) {
        let a = assess(&form).remission;
        let fast = outcomes(&Inputs::from_texts(|f| form.get(f)));
        prop_assert_eq!(&fast, &a.criteria.clone().map(|c| c.outcome));
        prop_assert_eq!(dmscore_core::summarise(a.verdict, fast.each_ref()), a.summary);
    }

    #[test]
    fn parse_never_panics(text in any::<String>()) {
        let _ = parse_decimal(&text);
    }

    #[test]
    fn a_number_pasted_with_more_is_refused_for_what_came_with_it(
        number in "[0-9]{1,6}(\\.[0-9]{1,3})?",
        max in "[0-9]{1,3}",
        space in prop::sample::select(vec!["", " ", "\u{a0}"]),
        unit in prop::sample::select(vec!["U/L", "IU/L", "µkat/L", "ukat/L", "cm", "%", "points"]),
        bound in prop::sample::select(vec!["<", ">", "<=", "> ", "\u{2264}"]),
    ) {
        // Whatever the number, what came with it decides the message; the
        // number itself is never read.
        let with_unit = format!("{number}{space}{unit}");
        prop_assert_eq!(parse_decimal(&with_unit), Err(NumberError::WithText));
        prop_assert_eq!(words_after_number(&with_unit), unit);
        prop_assert_eq!(parse_decimal(&format!("{number} / {max}")), Err(NumberError::OutOf));
        prop_assert_eq!(parse_decimal(&format!("{bound}{number}")), Err(NumberError::Bound));
    }

    #[test]
    fn a_point_is_offered_only_for_a_decimal_comma_and_keeps_every_digit(
        text in "[ ]?[0-9]{0,4}[,.]?[0-9]{0,4}[ ]?|\\PC{0,8}",
    ) {
        let offered = with_decimal_point(&text);
        prop_assert_eq!(offered.is_some(), parse_decimal(&text) == Err(NumberError::DecimalComma));
        if let Some(offered) = offered {
            prop_assert_eq!(offered.replace('.', ","), text.trim());
        }
    }

    #[test]
    fn link_decode_never_panics(fragment in any::<String>()) {
        let _ = assess(&link::decode(&fragment));
    }

    #[test]
    fn link_round_trips_any_form(form in any_form()) {
        prop_assert_eq!(link::decode(&link::encode(&form)), form);
    }

    #[test]
    fn lower_ck_at_week_24_never_undoes_met(
        uln in amount(1_000_000), b in amount(100_000_000), w1 in amount(100_000_000), w2 in amount(100_000_000)
    ) {
        let (better, worse) = if w1 <= w2 { (w1, w2) } else { (w2, w1) };
        let at = |w: u64| assess(&Form::empty()
            .with(Field::CkUln, typed(uln)).with(Field::CkBaseline, typed(b)).with(Field::CkWeek24, typed(w)))
            .remission.criterion(Criterion::Ck).outcome.status();
        if at(worse) == Status::Met {
            prop_assert_eq!(at(better), Status::Met);
        }
    }

    #[test]
    fn higher_mmt_at_week_24_never_undoes_met(s0 in amount(15_000), s1 in amount(15_000), s2 in amount(15_000)) {
        let (worse, better) = if s1 <= s2 { (s1, s2) } else { (s2, s1) };
        let at = |s: u64| assess(&Form::empty()
            .with(Field::MmtMax, "150").with(Field::MmtBaseline, typed(s0)).with(Field::MmtWeek24, typed(s)))
            .remission.criterion(Criterion::Mmt).outcome.status();
        if at(worse) == Status::Met {
            prop_assert_eq!(at(better), Status::Met);
        }
    }

    #[test]
    fn lower_dssi_at_week_24_never_undoes_met(b in amount(7_200), w1 in amount(7_200), w2 in amount(7_200)) {
        let (better, worse) = if w1 <= w2 { (w1, w2) } else { (w2, w1) };
        let at = |w: u64| assess(&Form::empty()
            .with(Field::DssiBaseline, typed(b)).with(Field::DssiWeek24, typed(w)))
            .remission.criterion(Criterion::Dssi).outcome.status();
        if at(worse) == Status::Met {
            prop_assert_eq!(at(better), Status::Met);
        }
    }

    #[test]
    fn exact_halves_are_always_met(h in 1u64..7_200) {
        // b = 2w exactly, for any two-decimal b: the threshold is inclusive.
        let w = rust_decimal::Decimal::new(h as i64, 2) / rust_decimal::Decimal::TWO;
        let a = assess(&Form::empty().with(Field::DssiBaseline, typed(h)).with(Field::DssiWeek24, w.to_string()));
        prop_assert_eq!(a.remission.criterion(Criterion::Dssi).outcome.status(), Status::Met);
    }
}
