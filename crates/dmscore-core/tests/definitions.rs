//! Every response definition, held to the same standard: it cites its
//! source, its fast decision is the decision its reasons explain, and each
//! worked line concludes what the decision says.

use dmscore_core::doi::DefinitionOfImprovement;
use dmscore_core::partial_remission::PartialRemission;
use dmscore_core::tis::TotalImprovementScore;
use dmscore_core::{Definition, Field, Form, Inputs};
use proptest::prelude::*;

/// A typed value, an odd one, or nothing: enough to reach every branch.
fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[0-9]{1,3}(\\.[0-9]{1,2})?",
        (0u32..2_000u32).prop_map(|n| n.to_string()),
        "[0-9](\\.[0-9]{1,3})?",
        Just("x".to_owned()),
        prop::sample::select(vec![
            "ukat/L", "juvenile", "adult", "cmas", "mmt", "aldolase", "ck", "ldh"
        ])
        .prop_map(str::to_owned),
    ]
}

fn any_form() -> impl Strategy<Value = Form> {
    prop::collection::vec(field_text(), Field::ALL.len()).prop_map(|texts| {
        Field::ALL
            .into_iter()
            .zip(texts)
            .fold(Form::empty(), |f, (field, text)| f.with(field, text))
    })
}

fn cites_its_source<D: Definition>() {
    assert!(!D::ID.is_empty() && !D::NAME.is_empty());
    assert!(
        D::SOURCE.citation.len() > 40 && D::SOURCE.citation.contains("20"),
        "{}: {}",
        D::ID,
        D::SOURCE.citation
    );
    assert!(D::SOURCE.doi.starts_with("10."), "{}", D::ID);
    assert!(D::SOURCE.url().starts_with("https://doi.org/10."));
    // The brief form names the same first author and year of publication.
    let author = D::SOURCE
        .citation
        .split_whitespace()
        .next()
        .unwrap_or_default();
    let year = &D::SOURCE.short[D::SOURCE.short.len() - 4..];
    assert!(D::SOURCE.short.starts_with(author), "{}", D::SOURCE.short);
    assert!(
        D::SOURCE.citation.contains(&format!("{year};")),
        "{}",
        D::SOURCE.short
    );
    // Its rules are written out in the repository, citing the same source,
    // at the rules version the code applies.
    let path = format!("{}/../../{}", env!("CARGO_MANIFEST_DIR"), D::RULES);
    let rules = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(
        rules.contains(D::SOURCE.doi),
        "{path} does not cite {}",
        D::SOURCE.doi
    );
    let heading = rules.lines().next().unwrap_or_default();
    assert!(
        heading.ends_with(&format!("rules {}", dmscore_core::RULES_VERSION)),
        "{path} states rules {:?}, the code applies {}",
        heading,
        dmscore_core::RULES_VERSION
    );
}

/// The fast and the explained decision agree, and each worked line states
/// the conclusion the decision reached for its item.
fn agrees<D: Definition>(form: &Form) -> Result<(), TestCaseError> {
    let inputs = Inputs::from_form(form);
    let assessment = D::assess(&inputs);
    let decision = D::decide(&inputs);
    prop_assert_eq!(&D::decision(&assessment), &decision, "{}", D::ID);
    let conclusions = D::conclusions(&decision);
    let worked = D::worked(&assessment, &inputs);
    for (item, _) in &conclusions {
        prop_assert!(
            worked.iter().any(|(i, _)| i == item),
            "{}: {} decided but not worked",
            D::ID,
            item
        );
    }
    for (item, line) in worked {
        let concluded = conclusions.iter().find(|(i, _)| *i == item);
        prop_assert!(
            concluded.is_some(),
            "{}: {} worked but not decided",
            D::ID,
            item
        );
        let (_, words) = concluded.unwrap();
        prop_assert!(
            line.contains(&format!(": {words}")),
            "{}: {}: {:?} does not conclude {:?}",
            D::ID,
            item,
            line,
            words
        );
    }
    Ok(())
}

#[test]
fn every_definition_cites_its_source() {
    cites_its_source::<PartialRemission>();
    cites_its_source::<TotalImprovementScore>();
    cites_its_source::<DefinitionOfImprovement>();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_definition_works_what_it_decides(form in any_form()) {
        agrees::<PartialRemission>(&form)?;
        agrees::<TotalImprovementScore>(&form)?;
        agrees::<DefinitionOfImprovement>(&form)?;
    }
}
