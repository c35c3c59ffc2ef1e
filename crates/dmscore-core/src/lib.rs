//! Pure scoring core of the dermatomyositis week-24 partial-remission
//! calculator (Chung et al., Arch Dermatol 2007;143:763–7).
//!
//! No DOM, no I/O: text in, an [`Assessment`] out. The page and the `dmscore`
//! CLI both call [`assess`], so they cannot disagree. Nothing here panics on
//! any input, because a panic in WebAssembly takes the whole page down.

pub mod assess;
pub mod criteria;
pub mod explain;
pub mod field;
pub mod format;
pub mod link;
pub mod mmt8;
pub mod number;
pub mod validate;

pub use assess::{assess, summarise, Assessment, Verdict};
pub use criteria::{decide, outcomes, Criterion, CriterionResult, Outcome, Status};
pub use field::{Field, Form};
pub use validate::{CkUnit, Entry, FieldError, Inputs};
