//! The IMACS MMT-8 worksheet: eight muscle groups graded on the Kendall
//! 0–10 scale, summed into the MMT total the criteria use. Neck flexors are
//! axial (tested once); the other seven are tested on each side. Both sides
//! give 0–150; one side (the IMACS MMT-8 as usually scored, right side
//! unless it cannot be tested) gives 0–80.

use crate::field::{Field, Form};

/// A muscle group of the MMT-8, in the IMACS testing order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    NeckFlexors,
    Deltoid,
    Biceps,
    WristExtensors,
    GluteusMaximus,
    GluteusMedius,
    Quadriceps,
    AnkleDorsiflexors,
}

/// Where a group is graded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Axial,
    Right,
    Left,
}

/// Which sides a total covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sides {
    /// Neck flexors plus seven groups on each side: 0–150.
    Both,
    /// Neck flexors plus seven groups on one side: 0–80.
    Right,
    Left,
}

/// One graded cell of the worksheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub group: Group,
    pub side: Side,
}

impl Group {
    pub const ALL: [Group; 8] = [
        Group::NeckFlexors,
        Group::Deltoid,
        Group::Biceps,
        Group::WristExtensors,
        Group::GluteusMaximus,
        Group::GluteusMedius,
        Group::Quadriceps,
        Group::AnkleDorsiflexors,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Group::NeckFlexors => "Neck flexors",
            Group::Deltoid => "Deltoid (middle)",
            Group::Biceps => "Biceps brachii",
            Group::WristExtensors => "Wrist extensors",
            Group::GluteusMaximus => "Gluteus maximus",
            Group::GluteusMedius => "Gluteus medius",
            Group::Quadriceps => "Quadriceps",
            Group::AnkleDorsiflexors => "Ankle dorsiflexors",
        }
    }
}

impl Side {
    pub fn name(self) -> &'static str {
        match self {
            Side::Axial => "axial",
            Side::Right => "right",
            Side::Left => "left",
        }
    }
}

impl Sides {
    /// The highest total: 10 per cell counted.
    pub fn max(self) -> u32 {
        match self {
            Sides::Both => 150,
            Sides::Right | Sides::Left => 80,
        }
    }

    /// Whether a cell on `side` is part of this total.
    pub fn counts(self, side: Side) -> bool {
        matches!(
            (self, side),
            (_, Side::Axial)
                | (Sides::Both, _)
                | (Sides::Right, Side::Right)
                | (Sides::Left, Side::Left)
        )
    }
}

impl Cell {
    /// The fifteen cells in testing order: neck flexors, then each group
    /// right and left.
    pub const ALL: [Cell; 15] = {
        let mut cells = [Cell {
            group: Group::NeckFlexors,
            side: Side::Axial,
        }; 15];
        let mut g = 1;
        while g < 8 {
            cells[2 * g - 1] = Cell {
                group: Group::ALL[g],
                side: Side::Right,
            };
            cells[2 * g] = Cell {
                group: Group::ALL[g],
                side: Side::Left,
            };
            g += 1;
        }
        cells
    };

    /// "Neck flexors", "Quadriceps, left".
    pub fn label(self) -> String {
        match self.side {
            Side::Axial => self.group.name().to_owned(),
            side => format!("{}, {}", self.group.name(), side.name()),
        }
    }

    /// A stable key for element ids: `deltoid-right`.
    pub fn key(self) -> String {
        let group = match self.group {
            Group::NeckFlexors => "neck-flexors",
            Group::Deltoid => "deltoid",
            Group::Biceps => "biceps",
            Group::WristExtensors => "wrist-extensors",
            Group::GluteusMaximus => "gluteus-maximus",
            Group::GluteusMedius => "gluteus-medius",
            Group::Quadriceps => "quadriceps",
            Group::AnkleDorsiflexors => "ankle-dorsiflexors",
        };
        match self.side {
            Side::Axial => group.to_owned(),
            side => format!("{group}-{}", side.name()),
        }
    }
}

/// What each Kendall grade means (IMACS Form 04, after Kendall 1993), with
/// the MRC grade it corresponds to.
pub fn grade_meaning(grade: u8) -> &'static str {
    match grade {
        0 => "No movement: no contraction, or only a trace (MRC 0–1)",
        1 => "Gravity minimised: moves through part of the range (MRC 2−)",
        2 => "Gravity minimised: moves through the complete range (MRC 2)",
        3 => "Against gravity: moves through part of the range (MRC 2+)",
        4 => "Gradual release from the test position (MRC 3−)",
        5 => "Holds the test position, no added pressure (MRC 3)",
        6 => "Holds against slight pressure (MRC 3+)",
        7 => "Holds against slight to moderate pressure (MRC 4−)",
        8 => "Holds against moderate pressure (MRC 4)",
        9 => "Holds against moderate to strong pressure (MRC 4+)",
        10 => "Holds against strong pressure (MRC 5)",
        _ => "",
    }
}

/// A cell's text checked: empty is `Ok(None)`; anything but a whole
/// number from 0 to 10 is refused with the reason.
pub fn parse_grade(text: &str) -> Result<Option<u8>, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if crate::number::is_unmeasured(text) {
        return Err("leave it empty if the muscle was not tested");
    }
    if text.contains(['.', ',']) {
        return Err("grades are whole numbers from 0 to 10");
    }
    if let Some(message) = mrc_grade(text) {
        return Err(message);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) || text.len() > 2 {
        return Err("must be a whole number from 0 to 10");
    }
    match text.parse::<u8>() {
        Ok(g) if g <= 10 => Ok(Some(g)),
        _ => Err("must be a whole number from 0 to 10"),
    }
}

/// For an MRC grade with a sign (`4+`, `3−`), as clinics often grade,
/// its Kendall grade from the table in [`grade_meaning`]: the sheet never
/// converts it, the clinician enters the grade meant.
fn mrc_grade(text: &str) -> Option<&'static str> {
    let (grade, sign) = text.split_at_checked(1)?;
    let plus = match sign {
        "+" => true,
        "-" | "\u{2212}" | "\u{2013}" => false,
        _ => return None,
    };
    Some(match (grade, plus) {
        ("2", false) => "MRC 2− is Kendall 1: enter 0 to 10",
        ("2", true) => "MRC 2+ is Kendall 3: enter 0 to 10",
        ("3", false) => "MRC 3− is Kendall 4: enter 0 to 10",
        ("3", true) => "MRC 3+ is Kendall 6: enter 0 to 10",
        ("4", false) => "MRC 4− is Kendall 7: enter 0 to 10",
        ("4", true) => "MRC 4+ is Kendall 9: enter 0 to 10",
        _ => return None,
    })
}

/// One time point's total, or why there is none yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Total {
    Complete {
        total: u32,
        max: u32,
    },
    /// Cells that hold no grade (counted cells only).
    Incomplete {
        missing: Vec<Cell>,
    },
    /// Cells whose text is not a grade: fix them first.
    Invalid {
        cells: Vec<Cell>,
    },
}

/// Sums the counted cells of one time point. `texts` follows [`Cell::ALL`].
pub fn total(texts: &[&str; 15], sides: Sides) -> Total {
    let counted = || {
        Cell::ALL
            .iter()
            .zip(texts)
            .filter(|(cell, _)| sides.counts(cell.side))
    };
    let invalid: Vec<Cell> = counted()
        .filter(|(_, text)| parse_grade(text).is_err())
        .map(|(cell, _)| *cell)
        .collect();
    if !invalid.is_empty() {
        return Total::Invalid { cells: invalid };
    }
    let missing: Vec<Cell> = counted()
        .filter(|(_, text)| matches!(parse_grade(text), Ok(None)))
        .map(|(cell, _)| *cell)
        .collect();
    if !missing.is_empty() {
        return Total::Incomplete { missing };
    }
    let total = counted()
        .filter_map(|(_, text)| parse_grade(text).ok().flatten())
        .map(u32::from)
        .sum();
    Total::Complete {
        total,
        max: sides.max(),
    }
}

/// A worksheet's grades as typed, for both time points, and the sides
/// being scored: what the report page keeps in its address so a reload or
/// a shared link loses nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub sides: Sides,
    /// Baseline and week 24, each in [`Cell::ALL`] order.
    pub grades: [[String; 15]; 2],
}

impl Default for Sheet {
    fn default() -> Sheet {
        Sheet {
            sides: Sides::Both,
            grades: std::array::from_fn(|_| std::array::from_fn(|_| String::new())),
        }
    }
}

/// The key prefixes of the two time points in the address.
const TIME_KEYS: [&str; 2] = ["mmt8-baseline-", "mmt8-week24-"];

impl Sides {
    pub fn code(self) -> &'static str {
        match self {
            Sides::Both => "both",
            Sides::Right => "right",
            Sides::Left => "left",
        }
    }

    pub fn from_code(code: &str) -> Option<Sides> {
        [Sides::Both, Sides::Right, Sides::Left]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

impl Sheet {
    /// `&mmt8-sides=right&mmt8-baseline-neck-flexors=7…`: only what was
    /// entered, form-urlencoded; empty for an untouched sheet.
    pub fn encode(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if self.sides != Sides::Both {
            out.append_pair("mmt8-sides", self.sides.code());
        }
        for (prefix, row) in TIME_KEYS.iter().zip(&self.grades) {
            for (cell, text) in Cell::ALL.iter().zip(row) {
                if !text.is_empty() {
                    out.append_pair(&format!("{prefix}{}", cell.key()), text);
                }
            }
        }
        let pairs = out.finish();
        if pairs.is_empty() {
            pairs
        } else {
            format!("&{pairs}")
        }
    }

    /// Reads the sheet back from a fragment (other keys are ignored; for a
    /// repeated key the first wins, as for the form).
    pub fn decode(fragment: &str) -> Sheet {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut sheet = Sheet::default();
        let mut sides_seen = false;
        let keys: Vec<String> = Cell::ALL.iter().map(|c| c.key()).collect();
        for (key, text) in form_urlencoded::parse(fragment.as_bytes()) {
            if key == "mmt8-sides" && !sides_seen {
                sides_seen = true;
                sheet.sides = Sides::from_code(&text).unwrap_or(Sides::Both);
                continue;
            }
            for (t, prefix) in TIME_KEYS.iter().enumerate() {
                let cell = key
                    .strip_prefix(prefix)
                    .and_then(|k| keys.iter().position(|c| c == k));
                if let Some(i) = cell {
                    let slot = &mut sheet.grades[t][i];
                    if slot.is_empty() {
                        *slot = text.clone().into_owned();
                    }
                }
            }
        }
        sheet
    }

    /// Both time points' totals (baseline, week 24).
    pub fn totals(&self) -> [Total; 2] {
        [
            total(&self.texts(0), self.sides),
            total(&self.texts(1), self.sides),
        ]
    }

    /// `form` with the MMT fields filled from this sheet: the maximum of the
    /// sides scored, and the total of each complete time point (an
    /// incomplete or invalid one leaves its field as it was).
    pub fn fill(&self, form: Form) -> Form {
        let fields = [Field::MmtBaseline, Field::MmtWeek24];
        fields.into_iter().zip(self.totals()).fold(
            form.with(Field::MmtMax, self.sides.max().to_string()),
            |form, (field, t)| match t {
                Total::Complete { total, .. } => form.with(field, total.to_string()),
                _ => form,
            },
        )
    }

    /// The time point's grades as `total` takes them.
    pub fn texts(&self, time: usize) -> [&str; 15] {
        let row = &self.grades[time.min(1)];
        std::array::from_fn(|i| row[i].as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &'static str) -> [&'static str; 15] {
        [text; 15]
    }

    #[test]
    fn fifteen_cells_neck_once_then_right_and_left() {
        assert_eq!(Cell::ALL[0].label(), "Neck flexors");
        assert_eq!(Cell::ALL[1].label(), "Deltoid (middle), right");
        assert_eq!(Cell::ALL[2].label(), "Deltoid (middle), left");
        assert_eq!(Cell::ALL[14].label(), "Ankle dorsiflexors, left");
        assert_eq!(Cell::ALL[13].key(), "ankle-dorsiflexors-right");
        let keys: std::collections::HashSet<String> = Cell::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(keys.len(), 15);
    }

    #[test]
    fn full_strength_is_150_for_both_sides_and_80_for_one() {
        assert_eq!(
            total(&all("10"), Sides::Both),
            Total::Complete {
                total: 150,
                max: 150
            }
        );
        assert_eq!(
            total(&all("10"), Sides::Right),
            Total::Complete { total: 80, max: 80 }
        );
        assert_eq!(
            total(&all("0"), Sides::Left),
            Total::Complete { total: 0, max: 80 }
        );
    }

    #[test]
    fn one_side_counts_the_neck_and_that_side_only() {
        // Right cells 7, left cells 3, neck 9.
        let mut texts = all("3");
        texts[0] = "9";
        for i in (1..15).step_by(2) {
            texts[i] = "7";
        }
        assert_eq!(
            total(&texts, Sides::Right),
            Total::Complete {
                total: 9 + 7 * 7,
                max: 80
            }
        );
        assert_eq!(
            total(&texts, Sides::Left),
            Total::Complete {
                total: 9 + 7 * 3,
                max: 80
            }
        );
        assert_eq!(
            total(&texts, Sides::Both),
            Total::Complete {
                total: 9 + 7 * 7 + 7 * 3,
                max: 150
            }
        );
        // The left side may be left empty when only the right is scored.
        for i in (2..15).step_by(2) {
            texts[i] = "";
        }
        assert_eq!(
            total(&texts, Sides::Right),
            Total::Complete { total: 58, max: 80 }
        );
        assert!(
            matches!(total(&texts, Sides::Both), Total::Incomplete { missing } if missing.len() == 7)
        );
    }

    #[test]
    fn an_incomplete_sheet_names_the_missing_groups_and_has_no_total() {
        let mut texts = all("8");
        texts[0] = "";
        texts[9] = " ";
        assert_eq!(
            total(&texts, Sides::Both),
            Total::Incomplete {
                missing: vec![Cell::ALL[0], Cell::ALL[9]]
            }
        );
        assert_eq!(Cell::ALL[9].label(), "Gluteus medius, right");
    }

    #[test]
    fn grades_outside_0_to_10_or_not_whole_are_refused() {
        for bad in ["11", "-1", "5.5", "5,5", "x", "1e1", "100", "+5"] {
            assert!(parse_grade(bad).is_err(), "{bad}");
        }
        for (text, grade) in [("0", 0), ("10", 10), (" 7 ", 7), ("07", 7)] {
            assert_eq!(parse_grade(text), Ok(Some(grade)));
        }
        // A muscle marked not tested is named, not taken for an empty cell.
        for mark in ["NT", "n.d.", "NA"] {
            assert_eq!(
                parse_grade(mark),
                Err("leave it empty if the muscle was not tested")
            );
        }
        // An MRC grade with a sign is named with its Kendall grade, as the
        // meanings shown beside each grade have it; never converted.
        for (mrc, kendall) in [
            ("2-", 1),
            ("2+", 3),
            ("3\u{2212}", 4),
            ("3+", 6),
            ("4-", 7),
            (" 4+ ", 9),
        ] {
            let message = parse_grade(mrc).unwrap_err();
            assert!(
                message.ends_with(&format!("is Kendall {kendall}: enter 0 to 10")),
                "{mrc}"
            );
            let mrc = mrc.trim().replace('-', "\u{2212}");
            assert!(
                grade_meaning(kendall).ends_with(&format!("(MRC {mrc})")),
                "{mrc}"
            );
        }
        for other in ["5-", "1+", "4++", "+4", "-4"] {
            assert_eq!(
                parse_grade(other),
                Err("must be a whole number from 0 to 10"),
                "{other}"
            );
        }
        let mut texts = all("5");
        texts[3] = "12";
        assert_eq!(
            total(&texts, Sides::Both),
            Total::Invalid {
                cells: vec![Cell::ALL[3]]
            }
        );
        // A bad cell on the side not counted does not block a one-side total.
        assert!(matches!(
            total(&texts, Sides::Left),
            Total::Complete { total: 40, .. }
        ));
    }

    #[test]
    fn a_sheet_round_trips_through_the_address_beside_the_form() {
        let mut sheet = Sheet::default();
        assert_eq!(sheet.encode(), "");
        sheet.sides = Sides::Right;
        sheet.grades[0][0] = "7".to_owned();
        sheet.grades[1][13] = "1 0&x".to_owned();
        let encoded = sheet.encode();
        assert_eq!(
            encoded,
            "&mmt8-sides=right&mmt8-baseline-neck-flexors=7&mmt8-week24-ankle-dorsiflexors-right=1+0%26x"
        );
        let fragment =
            format!("#v=1&mmt-max=150{encoded}&mmt8-baseline-neck-flexors=9&mmt8-baseline-nose=3");
        assert_eq!(Sheet::decode(&fragment), sheet);
        assert_eq!(
            crate::link::decode(&fragment).get(crate::Field::MmtMax),
            "150"
        );
        assert_eq!(Sheet::decode("#mmt8-sides=sideways"), Sheet::default());
        // A key given twice: the first wins, as for the form.
        assert_eq!(
            Sheet::decode("#mmt8-sides=left&mmt8-sides=right").sides,
            Sides::Left
        );
    }

    #[test]
    fn filling_sets_the_maximum_and_only_complete_totals() {
        let mut sheet = Sheet {
            sides: Sides::Right,
            ..Sheet::default()
        };
        for i in (0..15).filter(|i| *i == 0 || i % 2 == 1) {
            sheet.grades[0][i] = "6".to_owned();
        }
        sheet.grades[1][0] = "9".to_owned(); // week 24 incomplete
        let before = Form::page_default().with(Field::MmtWeek24, "70");
        let filled = sheet.fill(before);
        assert_eq!(filled.get(Field::MmtMax), "80");
        assert_eq!(filled.get(Field::MmtBaseline), "48");
        assert_eq!(filled.get(Field::MmtWeek24), "70");
    }

    #[test]
    fn every_grade_has_a_meaning() {
        for g in 0..=10 {
            assert!(!grade_meaning(g).is_empty());
        }
        assert_eq!(grade_meaning(11), "");
    }
}
