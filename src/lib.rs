//! The web shell of the calculator: yew components over `dmscore-core`,
//! shared by the three pages (the calculator, the report, the cohort),
//! each started by a binary of a few lines. All clinical logic is in the
//! core; this crate renders the form's text and the core's assessment of
//! it, and keeps the text in the URL fragment.
//!
//! - [`calculator`], [`report`], [`cohort`]: one module per page;
//! - [`today_results`]: the three definitions side by side, and the TIS and
//!   DOI worked measure by measure (the calculator and the report);
//! - [`notes`]: the box of notes under the seed rule's result (the
//!   calculator and the report);
//! - [`fragment`] and [`hooks`]: the address as the saved state, and the
//!   settling timer the live region uses;
//! - [`platform`]: the one module that touches the browser, with native
//!   stand-ins, so every component also renders natively.

pub mod calculator;
pub mod cohort;
pub mod fragment;
pub mod hooks;
pub mod notes;
pub mod platform;
pub mod report;
pub mod shared;
pub mod today_results;
