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
    platform::save_file(
        &for_spreadsheets(csv),
        &file_name(&scored.name),
        "text/csv;charset=utf-8",
    )
}

/// The CSV as a spreadsheet opened from the download reads it: Excel
/// takes a CSV without a byte-order mark for its code page, so an id
/// `Zürich-1` would show as `ZÃ¼rich-1`. A file holding only ASCII is left
/// as `dmscore --csv` writes it (scripts read that), byte for byte; the
/// cohort reader skips the mark when the file is opened again.
fn for_spreadsheets(csv: Vec<u8>) -> Vec<u8> {
    if csv.is_ascii() {
        return csv;
    }
    [&b"\xef\xbb\xbf"[..], &csv].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_beyond_ascii_get_the_mark_spreadsheets_need() {
        assert_eq!(
            for_spreadsheets(b"patient_id\nP1\n".to_vec()),
            b"patient_id\nP1\n"
        );
        assert_eq!(
            for_spreadsheets("patient_id\nZ\u{fc}rich-1\n".into()),
            "\u{feff}patient_id\nZ\u{fc}rich-1\n".as_bytes()
        );
    }

    #[test]
    fn the_file_is_named_after_the_cohort() {
        assert_eq!(file_name("trial.csv"), "trial-results.csv");
        assert_eq!(file_name("Bern 2026.CSV"), "Bern-2026-results.csv");
        assert_eq!(file_name("pasted text"), "pasted-text-results.csv");
        assert_eq!(file_name(".csv"), "cohort-results.csv");
        // Letters of any script, digits, `-` and `_` are kept.
        assert_eq!(file_name("site_2-Zürich.csv"), "site_2-Zürich-results.csv");
    }
}
