//! The inputs, named once: the page's element ids, the CLI's JSON paths,
//! the link's keys, the cohort's columns and the labels all come from here
//! so they cannot drift apart.

/// One input of the form. The order is reading order: the seed rule's
/// fields (CK → MMT → DSSI), then the other core set measures (CONTRACT §4),
/// so links written before those existed read the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    CkUnit,
    CkUln,
    CkBaseline,
    CkWeek24,
    MmtMax,
    MmtBaseline,
    MmtWeek24,
    DssiBaseline,
    DssiWeek24,
    Population,
    Strength,
    PgaBaseline,
    PgaWeek24,
    PtgaBaseline,
    PtgaWeek24,
    HaqBaseline,
    HaqWeek24,
    ExtraBaseline,
    ExtraWeek24,
    CmasBaseline,
    CmasWeek24,
    EnzymeName,
    EnzymeUnit,
    EnzymeUln,
    EnzymeBaseline,
    EnzymeWeek24,
}

impl Field {
    pub const ALL: [Field; 26] = [
        Field::CkUnit,
        Field::CkUln,
        Field::CkBaseline,
        Field::CkWeek24,
        Field::MmtMax,
        Field::MmtBaseline,
        Field::MmtWeek24,
        Field::DssiBaseline,
        Field::DssiWeek24,
        Field::Population,
        Field::Strength,
        Field::PgaBaseline,
        Field::PgaWeek24,
        Field::PtgaBaseline,
        Field::PtgaWeek24,
        Field::HaqBaseline,
        Field::HaqWeek24,
        Field::ExtraBaseline,
        Field::ExtraWeek24,
        Field::CmasBaseline,
        Field::CmasWeek24,
        Field::EnzymeName,
        Field::EnzymeUnit,
        Field::EnzymeUln,
        Field::EnzymeBaseline,
        Field::EnzymeWeek24,
    ];

    /// The seed rule's fields: the ones every page and link had first.
    pub const SEED: [Field; 9] = [
        Field::CkUnit,
        Field::CkUln,
        Field::CkBaseline,
        Field::CkWeek24,
        Field::MmtMax,
        Field::MmtBaseline,
        Field::MmtWeek24,
        Field::DssiBaseline,
        Field::DssiWeek24,
    ];

    pub const COUNT: usize = Field::ALL.len();

    /// The field's position in [`Field::ALL`], for per-field arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The page's element id and the link's key (CONTRACT §2, §3).
    pub fn id(self) -> &'static str {
        match self {
            Field::CkUnit => "ck-unit",
            Field::CkUln => "ck-uln",
            Field::CkBaseline => "ck-baseline",
            Field::CkWeek24 => "ck-week24",
            Field::MmtMax => "mmt-max",
            Field::MmtBaseline => "mmt-baseline",
            Field::MmtWeek24 => "mmt-week24",
            Field::DssiBaseline => "dssi-baseline",
            Field::DssiWeek24 => "dssi-week24",
            Field::Population => "population",
            Field::Strength => "strength",
            Field::PgaBaseline => "pga-baseline",
            Field::PgaWeek24 => "pga-week24",
            Field::PtgaBaseline => "ptga-baseline",
            Field::PtgaWeek24 => "ptga-week24",
            Field::HaqBaseline => "haq-baseline",
            Field::HaqWeek24 => "haq-week24",
            Field::ExtraBaseline => "extra-baseline",
            Field::ExtraWeek24 => "extra-week24",
            Field::CmasBaseline => "cmas-baseline",
            Field::CmasWeek24 => "cmas-week24",
            Field::EnzymeName => "enzyme-name",
            Field::EnzymeUnit => "enzyme-unit",
            Field::EnzymeUln => "enzyme-uln",
            Field::EnzymeBaseline => "enzyme-baseline",
            Field::EnzymeWeek24 => "enzyme-week24",
        }
    }

    /// The CLI's JSON path, used to prefix error lines (CONTRACT §1).
    pub fn path(self) -> &'static str {
        match self {
            Field::CkUnit => "ck.unit",
            Field::CkUln => "ck.uln",
            Field::CkBaseline => "ck.baseline",
            Field::CkWeek24 => "ck.week24",
            Field::MmtMax => "mmt.max",
            Field::MmtBaseline => "mmt.baseline",
            Field::MmtWeek24 => "mmt.week24",
            Field::DssiBaseline => "dssi.baseline",
            Field::DssiWeek24 => "dssi.week24",
            Field::Population => "population",
            Field::Strength => "strength",
            Field::PgaBaseline => "pga.baseline",
            Field::PgaWeek24 => "pga.week24",
            Field::PtgaBaseline => "ptga.baseline",
            Field::PtgaWeek24 => "ptga.week24",
            Field::HaqBaseline => "haq.baseline",
            Field::HaqWeek24 => "haq.week24",
            Field::ExtraBaseline => "extra.baseline",
            Field::ExtraWeek24 => "extra.week24",
            Field::CmasBaseline => "cmas.baseline",
            Field::CmasWeek24 => "cmas.week24",
            Field::EnzymeName => "enzyme.name",
            Field::EnzymeUnit => "enzyme.unit",
            Field::EnzymeUln => "enzyme.uln",
            Field::EnzymeBaseline => "enzyme.baseline",
            Field::EnzymeWeek24 => "enzyme.week24",
        }
    }

    /// A short human name, used in reasons ("missing: CK week 24").
    pub fn label(self) -> &'static str {
        match self {
            Field::CkUnit => "CK unit",
            Field::CkUln => "CK upper limit of normal",
            Field::CkBaseline => "CK baseline",
            Field::CkWeek24 => "CK week 24",
            Field::MmtMax => "MMT scale maximum",
            Field::MmtBaseline => "MMT baseline",
            Field::MmtWeek24 => "MMT week 24",
            Field::DssiBaseline => "DSSI baseline",
            Field::DssiWeek24 => "DSSI week 24",
            Field::Population => "Population",
            Field::Strength => "Strength measure",
            Field::PgaBaseline => "PGA baseline",
            Field::PgaWeek24 => "PGA week 24",
            Field::PtgaBaseline => "PtGA baseline",
            Field::PtgaWeek24 => "PtGA week 24",
            Field::HaqBaseline => "HAQ baseline",
            Field::HaqWeek24 => "HAQ week 24",
            Field::ExtraBaseline => "Extramuscular activity baseline",
            Field::ExtraWeek24 => "Extramuscular activity week 24",
            Field::CmasBaseline => "CMAS baseline",
            Field::CmasWeek24 => "CMAS week 24",
            Field::EnzymeName => "Enzyme",
            Field::EnzymeUnit => "Enzyme unit",
            Field::EnzymeUln => "Enzyme upper limit of normal",
            Field::EnzymeBaseline => "Enzyme baseline",
            Field::EnzymeWeek24 => "Enzyme week 24",
        }
    }

    /// Whether the field holds a choice (a unit, the population, the
    /// strength measure, the enzyme) rather than a number.
    pub fn is_choice(self) -> bool {
        matches!(
            self,
            Field::CkUnit
                | Field::Population
                | Field::Strength
                | Field::EnzymeName
                | Field::EnzymeUnit
        )
    }

    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// A name without its case and separators (`_`, `-`, spaces, dots): two
/// names spelt alike so (`CK week 24`, `ck.week24`, `ck-week24`; `ULN`,
/// `uln`) are one name spelt otherwise. Files and scripts that spell a
/// column or key so are told the name meant; the name is not read.
pub fn loose_spelling(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' ' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The text of every field exactly as entered, invalid text included, so
/// nothing a clinician typed is ever lost or rewritten.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Form {
    texts: [String; Field::COUNT],
}

impl Form {
    /// Every field empty; the CLI starts here.
    pub fn empty() -> Form {
        Form::default()
    }

    /// What the page shows before anything is typed: U/L and the IMACS
    /// standard MMT-8 scale (0–150), both visible and changeable.
    pub fn page_default() -> Form {
        Form::empty()
            .with(Field::CkUnit, "U/L")
            .with(Field::MmtMax, "150")
    }

    pub fn get(&self, field: Field) -> &str {
        &self.texts[field.index()]
    }

    pub fn set(&mut self, field: Field, text: impl Into<String>) {
        self.texts[field.index()] = text.into();
    }

    pub fn with(mut self, field: Field, text: impl Into<String>) -> Form {
        self.set(field, text);
        self
    }

    /// The page's default form with `typed` entered in order: a patient as
    /// a clinician would type it (tests, examples).
    pub fn typed(typed: &[(Field, &str)]) -> Form {
        typed.iter().fold(Form::page_default(), |f, (field, text)| {
            f.with(*field, *text)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loose_spelling_drops_case_and_separators_only() {
        for name in [
            "CK week 24",
            "ck.week24",
            "ck-week24",
            "Ck_Week_24",
            "ckweek24",
        ] {
            assert_eq!(loose_spelling(name), "ckweek24", "{name}");
        }
        assert_ne!(loose_spelling("ck week 2"), loose_spelling("ck-week24"));
        // No two inputs share one: a loose name never stands for two.
        let mut loose: Vec<String> = Field::ALL.iter().map(|f| loose_spelling(f.id())).collect();
        loose.sort();
        loose.dedup();
        assert_eq!(loose.len(), Field::COUNT);
    }

    #[test]
    fn ids_paths_round_trip_and_are_unique() {
        for f in Field::ALL {
            assert_eq!(Field::from_id(f.id()), Some(f));
            assert_eq!(f.path().replace('.', "-"), f.id());
        }
        assert_eq!(Field::from_id("ck-week-24"), None);
    }

    #[test]
    fn page_default_sets_unit_and_imacs_scale_only() {
        let form = Form::page_default();
        assert_eq!(form.get(Field::CkUnit), "U/L");
        assert_eq!(form.get(Field::MmtMax), "150");
        assert_eq!(form.get(Field::CkBaseline), "");
    }
}
