//! What a cohort file's bytes are: text to read as CSV, or a file a
//! spreadsheet has to save as CSV first. One place, so that the page and
//! `dmscore --csv` refuse the same files with the same advice.

use std::borrow::Cow;

/// What a spreadsheet is asked to do so that its file is read as written.
const SAVE_AS_UTF8: &str = "save it as \"CSV UTF-8\" and open it again";

/// The file's text. Text that is not UTF-8 (a spreadsheet's other CSV
/// formats, which save `Zürich` in a code page) is read with `�` in its
/// place, as a browser reads a file, and is `Cow::Owned`; [`not_utf8_note`]
/// says so. The numbers read are ASCII either way, and a value holding `�`
/// is refused as not a number. A file that cannot be read as CSV text is an
/// `Err` saying what it is and what to do.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, String> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(format!(
            "the file is UTF-16 text, as a spreadsheet saves \"Unicode text\": {SAVE_AS_UTF8}"
        ));
    }
    Ok(String::from_utf8_lossy(bytes))
}

/// Said of a file [`decode`] read with `�`: what that changed and how to
/// keep every character.
pub(crate) fn not_utf8_note() -> String {
    format!(
        "the file is not UTF-8 text, so its accents and other characters beyond ASCII (µ, ü) read as \u{fffd}; to keep them, {SAVE_AS_UTF8}"
    )
}
