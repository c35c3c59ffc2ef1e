//! `dmscore`: score one patient, JSON on stdin, JSON on stdout (CONTRACT §1),
//! or a cohort with `--csv FILE` (CSV in, CSV out).
//!
//! Exit 0 with the results; exit 2 with one line per problem on stderr (for
//! one patient, nothing on stdout). Never a panic.

use dmscore_cli::{cohort, input, output, terminal};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: dmscore < patient.json
       dmscore --csv FILE   (or - for stdin)
       dmscore --version | --help";

/// `--help`: enough to use the command without the README at hand.
const HELP: &str = r#"
One patient: JSON on stdin, the result as JSON on stdout. Any of
  "ck":   {"unit": "U/L", "uln": 200, "baseline": 1200, "week24": 500}
  "mmt":  {"max": 150, "baseline": 110, "week24": 135}
  "dssi": {"baseline": 12.5, "week24": 5}
scores partial remission (Chung et al., Arch Dermatol 2007); with
"population" ("adult" or "juvenile"), "strength" ("mmt" or "cmas") and
"pga", "ptga", "haq", "extra", "cmas" (each {"baseline", "week24"}) and
"enzyme" ({"name", "unit", "uln", "baseline", "week24"}), also the
ACR/EULAR 2016 Total Improvement Score and the IMACS 2004 definition of
improvement. Numbers are plain decimals, as JSON numbers or strings.
Other keys are ignored; one spelt otherwise ("ULN", "week_24") is named
on stderr as a note.

A cohort: --csv reads a header row (patient_id and the page's input ids:
ck-uln, mmt-week24, ...), then one patient per row, and writes a results
CSV on stdout; notes, problems and the counts go to stderr.

Exit status 0 with results; 2 with one line per problem on stderr, each
naming its field ("mmt.week24: must be between 0 and 150"; for a cohort
"row N, column: message"). One patient then gets nothing on stdout; a
cohort's results are still written, its bad rows marked invalid."#;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => one_patient(),
        ["--csv", path] => cohort(path),
        [flag] if flag.starts_with("--csv=") => cohort(&flag["--csv=".len()..]),
        ["--help" | "-h"] => {
            println!("{USAGE}\n{HELP}");
            ExitCode::SUCCESS
        }
        ["--version" | "-V"] => {
            println!(
                "dmscore {}, rules {}",
                env!("CARGO_PKG_VERSION"),
                dmscore_core::RULES_VERSION
            );
            ExitCode::SUCCESS
        }
        [file] if !file.starts_with('-') => fail_with_usage(file_named(file)),
        _ => fail_with_usage("arguments: not understood".to_owned()),
    }
}

/// A file named alone, the commonest slip: how to give it.
fn file_named(file: &str) -> String {
    if file.to_ascii_lowercase().ends_with(".csv") {
        format!("arguments: to score a cohort, name its file after --csv: dmscore --csv {file}")
    } else {
        format!("arguments: one patient's JSON is read from standard input: dmscore < {file}")
    }
}

/// One patient: JSON on stdin, JSON on stdout.
fn one_patient() -> ExitCode {
    let mut raw = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut raw) {
        return fail(&[format!("input: could not read standard input: {e}")]);
    }
    let input::Patient {
        form,
        keys_not_read,
    } = match input::patient_from_json(&raw) {
        Ok(patient) => patient,
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
    // Keys spelt otherwise are said on stderr, and only with a result: a
    // bad input's stderr holds its problems alone (CONTRACT §1).
    let notes: Vec<String> = keys_not_read.iter().map(|k| format!("note: {k}")).collect();
    print_on_stderr(&notes);
    let json = output::to_json(&assessment, &form);
    // A closed pipe is not our failure to report loudly; never panic on it.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{json:#}");
    ExitCode::SUCCESS
}

/// A cohort: CSV in, results CSV on stdout; bad rows on stderr, exit 2.
fn cohort(path: &str) -> ExitCode {
    let input: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(path) {
            // A folder opens, then fails to read with the system's words.
            Ok(file) if file.metadata().is_ok_and(|m| m.is_dir()) => {
                return fail(&[format!("input: {path} is a folder, not a CSV file")]);
            }
            Ok(file) => Box::new(std::io::BufReader::new(file)),
            Err(e) => return fail(&[format!("input: cannot open {path}: {e}")]),
        }
    };
    let stdout = std::io::stdout().lock();
    // Saved to a file or piped, the results are the file's text as it is;
    // printed on a terminal, what that text would do to it is written out.
    let scored = if stdout.is_terminal() {
        cohort::score_csv(input, terminal::ShownLines::new(stdout))
    } else {
        cohort::score_csv(input, std::io::BufWriter::new(stdout))
    };
    let report = match scored {
        Ok(report) => report,
        Err(problem) => return fail(&[problem]),
    };
    // First what concerns the file's columns, then its rows.
    let mut lines: Vec<String> = Vec::new();
    if !report.ignored_columns.is_empty() {
        lines.push(format!(
            "note: ignored unknown columns: {}",
            report.ignored_columns.join(", ")
        ));
    }
    let notes = report
        .absent_column_notes
        .iter()
        .map(|n| format!("note: {n}"));
    lines.extend(notes);
    lines.extend(report.problems.iter().cloned());
    lines.extend(report.doubts.iter().map(|d| format!("note: {d}")));
    // Last, where a long list of problems does not scroll them away.
    lines.push(format!("criteria: {}", report.summary.criteria_line()));
    lines.push(format!("summary: {}", report.summary));
    print_on_stderr(&lines);
    if report.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

fn fail(lines: &[String]) -> ExitCode {
    print_on_stderr(lines);
    ExitCode::from(2)
}

/// A problem with the arguments, then how to call the command.
fn fail_with_usage(problem: String) -> ExitCode {
    let mut lines = vec![problem];
    lines.extend(USAGE.lines().map(str::to_owned));
    fail(&lines)
}

/// Each line on stderr as one line, whatever the file it quotes holds
/// ([`terminal::shown`]).
fn print_on_stderr(lines: &[String]) {
    let mut err = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{}", terminal::shown(line));
    }
}
