//! The `dmscore` CLI's JSON mapping, as a library so it can be tested and
//! fuzzed apart from the process (stdin, stdout, exit codes) in `main.rs`.

pub mod cohort;
pub mod input;
pub mod output;
pub mod terminal;
