//! What `dmscore` prints on stderr quotes the file it reads: column names,
//! patient ids. A hostile or damaged file could hold an escape sequence
//! that clears or recolours the terminal, a carriage return or a line
//! break that makes a line of its own ("summary: … 0 invalid"), or a
//! bidirectional control that shows the line's text in another order. So
//! each line is shown with those characters written out, never run.

use std::borrow::Cow;

/// `line` with each control character written as its Rust escape (`\u{1b}`,
/// `\n`, `\r`, `\t`) and each bidirectional control as `\u{202e}`; a line
/// without any is returned as it is.
pub fn shown(line: &str) -> Cow<'_, str> {
    if !line.chars().any(acts_on_terminal) {
        return Cow::Borrowed(line);
    }
    let mut shown = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if acts_on_terminal(c) {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// A control character (C0, DEL, C1) or one of Unicode's bidirectional
/// embeddings, overrides and isolates.
fn acts_on_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_written_out_and_other_text_is_kept() {
        assert_eq!(
            shown("row 2, ck-unit: µkat/L Zürich"),
            "row 2, ck-unit: µkat/L Zürich"
        );
        assert!(matches!(shown("P1"), Cow::Borrowed(_)));
        assert_eq!(shown("\u{1b}[2Jx"), "\\u{1b}[2Jx");
        assert_eq!(shown("P1\nsummary: 0 invalid"), "P1\\nsummary: 0 invalid");
        assert_eq!(shown("P1\r\tx\u{7f}\u{9b}"), "P1\\r\\tx\\u{7f}\\u{9b}");
        assert_eq!(shown("a\u{202e}b\u{2066}c"), "a\\u{202e}b\\u{2066}c");
    }
}
