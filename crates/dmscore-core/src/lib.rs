//! Pure scoring core of the dermatomyositis response calculator, one module
//! per response definition: the week-24 partial-remission rule of the
//! rituximab pilot trial (Chung et al., Arch Dermatol 2007;143:763–7), the
//! ACR/EULAR 2016 Total Improvement Score and the IMACS 2004 definition of
//! improvement, all from the same entry.
//!
//! No DOM, no I/O: text in, an [`Assessment`] out. The page, the report, the
//! cohort and the `dmscore` CLI all call [`assess`] (or a definition's fast
//! decision), so they cannot disagree. Nothing here panics on any input,
//! because a panic in WebAssembly takes the whole page down.
//!
//! - [`number`]: typed text to exact decimals;
//! - [`field`]: the inputs' ids, paths and labels, and the form's text;
//! - [`measures`]: every field checked once, and each measure's values;
//! - [`definitions`]: one module per response definition, and the view
//!   that gathers them.

/// The version of the rules the core applies, bumped whenever any result for
/// some input would change (CHANGELOG.md, "Rules"). Every output carries it:
/// the page, the report, the chart note, the CLI JSON and the cohort
/// results.
pub const RULES_VERSION: &str = "2026.4";

pub mod definitions;
pub mod field;
pub mod format;
pub mod link;
pub mod measures;
pub mod mmt8;
pub mod note;
pub mod number;

pub use definitions::partial_remission::{
    self, decide, outcomes, summarise, Criterion, CriterionResult, Outcome, Status, Verdict,
};
pub use definitions::{assess, doi, tis, Assessment, Definition, Source};
pub use field::{Field, Form};
pub use measures::{
    CkUnit, Entry, Enzyme, FieldError, Inputs, Measure, Population, Strength, Unscored,
};
