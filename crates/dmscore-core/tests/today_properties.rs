//! Properties of the TIS and the DOI over any patient: the score only
//! grows when a measure improves, the range is ordered, and a category or
//! status decided with measures missing holds for every way of filling them.

use dmscore_core::doi::{self, Change};
use dmscore_core::tis::{self, Category, Response};
use dmscore_core::{Field, Form, Inputs, Population};
use proptest::prelude::*;

/// The visit fields, with the largest value each accepts in hundredths.
const VISITS: [(Field, u32); 14] = [
    (Field::PgaBaseline, 1_000),
    (Field::PgaWeek24, 1_000),
    (Field::PtgaBaseline, 1_000),
    (Field::PtgaWeek24, 1_000),
    (Field::MmtBaseline, 15_000),
    (Field::MmtWeek24, 15_000),
    (Field::CmasBaseline, 5_200),
    (Field::CmasWeek24, 5_200),
    (Field::HaqBaseline, 300),
    (Field::HaqWeek24, 300),
    (Field::CkBaseline, 500_000),
    (Field::CkWeek24, 500_000),
    (Field::ExtraBaseline, 1_000),
    (Field::ExtraWeek24, 1_000),
];

fn typed(hundredths: u32) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A patient with every visit value, and which of them are entered.
#[derive(Clone, Debug)]
struct Patient {
    juvenile: bool,
    cmas: bool,
    values: [u32; 14],
    entered: [bool; 14],
}

impl Patient {
    fn form(&self, all: bool) -> Form {
        let base = Form::page_default()
            .with(Field::CkUln, "200")
            .with(
                Field::Population,
                if self.juvenile { "juvenile" } else { "adult" },
            )
            .with(Field::Strength, if self.cmas { "cmas" } else { "mmt" });
        VISITS
            .iter()
            .zip(self.values.iter().zip(self.entered))
            .fold(base, |form, ((field, _), (v, entered))| {
                if all || entered {
                    form.with(*field, typed(*v))
                } else {
                    form
                }
            })
    }

    fn inputs(&self, all: bool) -> Inputs {
        Inputs::from_form(&self.form(all))
    }
}

fn patient() -> impl Strategy<Value = Patient> {
    let values: Vec<BoxedStrategy<u32>> = VISITS
        .iter()
        .map(|(_, max)| prop_oneof![0..=*max, Just(0), Just(*max)].boxed())
        .collect();
    (any::<bool>(), any::<bool>(), values, any::<[bool; 14]>()).prop_map(
        |(juvenile, cmas, values, entered)| Patient {
            juvenile,
            cmas: cmas && juvenile,
            values: values.try_into().unwrap_or([0; 14]),
            entered,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn a_decided_tis_category_holds_for_every_filling(p in patient()) {
        let partial = tis::decide(&p.inputs(false));
        let full = tis::decide(&p.inputs(true));
        let score = full.score().expect("every measure entered");
        prop_assert!(partial.score_min <= partial.score_max);
        prop_assert!(partial.score_min <= score && score <= partial.score_max);
        let population = if p.juvenile { Population::Juvenile } else { Population::Adult };
        prop_assert_eq!(full.category, Category::Reached(Response::of(score, population)));
        if let Category::Reached(response) = partial.category {
            prop_assert_eq!(full.category, Category::Reached(response));
        }
    }

    #[test]
    fn improving_one_measure_never_lowers_the_tis(p in patient(), which in 0usize..7, step in 1u32..500) {
        let before = tis::decide(&p.inputs(true)).score().expect("complete");
        let mut better = p.clone();
        // The follow-up of measure `which` moves in its better direction.
        let i = which * 2 + 1;
        let strength = VISITS[i].0 == Field::MmtWeek24 || VISITS[i].0 == Field::CmasWeek24;
        better.values[i] = if strength {
            (p.values[i] + step).min(VISITS[i].1)
        } else {
            p.values[i].saturating_sub(step)
        };
        let after = tis::decide(&better.inputs(true)).score().expect("complete");
        prop_assert!(after >= before, "{} < {}", after, before);
    }

    #[test]
    fn a_decided_doi_status_holds_for_every_filling(p in patient()) {
        let partial = doi::decide(&p.inputs(false));
        let full = doi::decide(&p.inputs(true));
        prop_assert!(full.status != doi::Status::Indeterminate);
        if partial.status != doi::Status::Indeterminate {
            prop_assert_eq!(partial.status, full.status);
        }
    }

    #[test]
    fn doi_met_means_three_improved_and_strength_not_worse(p in patient()) {
        for d in [doi::decide(&p.inputs(true)), doi::decide(&p.inputs(false))] {
            if d.status == doi::Status::Met {
                prop_assert!(d.with(Change::Improved).count() >= 3);
                prop_assert!(d.with(Change::Worsened).count() <= 2);
                prop_assert!(d.with(Change::Worsened).all(|m| m.lower_is_better()));
            }
        }
    }
}
