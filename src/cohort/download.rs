//! "Download results": the same results CSV as `dmscore --csv`, made in the
//! tab and saved through a Blob URL; nothing leaves the browser.

use super::scored::Scored;
use crate::platform;
use dmscore_cohort::write_results;

/// `cohort.csv` → `cohort-results.csv`.
pub fn file_name(source: &str) -> String {
    let stem = source
        .strip_suffix(".csv")
        .or_else(|| source.strip_suffix(".CSV"))
        .unwrap_or(source);
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!(
        "{}-results.csv",
        if stem.is_empty() { "cohort" } else { &stem }
    )
}

/// Builds the results CSV and saves it. An `Err` is a message to show.
pub fn download(scored: &Scored) -> Result<(), String> {
    let cohort = &scored.cohort;
    let mut csv = Vec::new();
    write_results((0..cohort.len()).map(|i| cohort.result_line(i)), &mut csv)?;
    platform::save_file(&csv, &file_name(&scored.name), "text/csv;charset=utf-8")
}
