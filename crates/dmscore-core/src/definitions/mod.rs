//! The response definitions, one module each, all reading the same checked
//! [`Inputs`]. Each states its source and cut-offs as named constants, a
//! fast decision for cohorts ([`Definition::decide`]) and a full assessment
//! with reasons for the page ([`Definition::assess`]); [`assess`] gathers
//! them into the one view that the page, the report, the CLI and the cohort
//! render.

pub mod doi;
pub mod partial_remission;
pub mod tis;

use crate::field::Form;
use crate::measures::{FieldError, Inputs};

/// A published source: what a result rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The reference as a clinician cites it.
    pub citation: &'static str,
    /// The same, briefly ("Aggarwal et al., Ann Rheum Dis 2017"), where the
    /// page has no room for the whole reference; the DOI goes with it.
    pub short: &'static str,
    /// Its DOI, without `https://doi.org/`.
    pub doi: &'static str,
}

impl Source {
    /// The address of the source.
    pub fn url(&self) -> String {
        format!("https://doi.org/{}", self.doi)
    }

    /// The citation followed by its DOI, as a printout or a note gives it.
    pub fn reference(&self) -> String {
        format!("{} doi:{}", self.citation, self.doi)
    }
}

/// What every response definition provides. A test over all of them checks
/// that each cites its source, that its fast decision equals the decision
/// its full assessment explains, and that every worked line concludes what
/// the decision says.
pub trait Definition {
    /// The definition's key (CLI JSON, cohort columns).
    const ID: &'static str;
    const NAME: &'static str;
    const SOURCE: Source;
    /// Where the rule is written out, from the repository's root
    /// (`docs/rules/…`): sources, cut-offs, boundary examples and every
    /// choice made where the source is silent.
    const RULES: &'static str;
    /// The decision alone, cheap enough for every row of a large cohort.
    type Decision: PartialEq + std::fmt::Debug;
    /// The decision with reasons, for a clinician to read.
    type Assessment;

    fn decide(inputs: &Inputs) -> Self::Decision;
    fn assess(inputs: &Inputs) -> Self::Assessment;
    /// The decision an assessment explains.
    fn decision(assessment: &Self::Assessment) -> Self::Decision;
    /// The rule worked with the patient's numbers, one line per item (a
    /// criterion or a measure) that has its values, keyed by the item's id.
    fn worked(assessment: &Self::Assessment, inputs: &Inputs) -> Vec<(&'static str, String)>;
    /// What the decision concludes for each decided item, in the words its
    /// worked line ends its comparison with.
    fn conclusions(decision: &Self::Decision) -> Vec<(&'static str, String)>;
}

/// Everything the page, the report, the CLI and the cohort show for one
/// patient: the checked inputs and each definition's assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub inputs: Inputs,
    /// The seed rule: partial remission at week 24 (Chung et al. 2007).
    pub remission: partial_remission::Assessment,
    /// The ACR/EULAR 2016 Total Improvement Score.
    pub tis: tis::Assessment,
    /// The IMACS 2004 preliminary definition of improvement.
    pub doi: doi::Assessment,
}

impl Assessment {
    /// Every invalid field with its message, in reading order.
    pub fn errors(&self) -> Vec<FieldError> {
        self.inputs.errors()
    }
}

/// Scores one patient from the text of the form, by every definition.
pub fn assess(form: &Form) -> Assessment {
    let inputs = Inputs::from_form(form);
    Assessment {
        remission: partial_remission::assess(&inputs),
        tis: tis::assess(&inputs),
        doi: doi::assess(&inputs),
        inputs,
    }
}
