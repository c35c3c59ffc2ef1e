//! `dmscore`: score one patient, JSON on stdin, JSON on stdout (CONTRACT §1).
//!
//! Exit 0 with the assessment; exit 2 with one `path: message` line per
//! problem on stderr and nothing on stdout. Never a panic.

mod input;
mod output;

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut raw = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut raw) {
        return fail(&[format!("input: could not read standard input: {e}")]);
    }
    let form = match input::form_from_json(&raw) {
        Ok(form) => form,
        Err(problems) => return fail(&problems),
    };
    let assessment = dmscore_core::assess(&form);
    let errors = assessment.errors();
    if !errors.is_empty() {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {}", e.field.path(), e.message))
            .collect();
        return fail(&lines);
    }
    let json = output::to_json(&assessment);
    // A closed pipe is not our failure to report loudly; never panic on it.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{json:#}");
    ExitCode::SUCCESS
}

fn fail(lines: &[String]) -> ExitCode {
    let mut err = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{line}");
    }
    ExitCode::from(2)
}
