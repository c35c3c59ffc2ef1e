//! What `dmscore` prints on stderr quotes the file it reads (column
//! names, patient ids), and so do its results when they are printed on a
//! terminal rather than saved. A hostile or damaged file could hold an
//! escape sequence that clears or recolours the terminal, a carriage
//! return or a line break that makes a line of its own ("summary: … 0
//! invalid"), or a bidirectional control that shows the line's text in
//! another order. So each line is shown with those characters written
//! out, never run.

use std::borrow::Cow;
use std::io::{self, Write};

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

/// Passes what is written to it on to `inner` a line at a time, each line
/// [`shown`]: for the results CSV when it is printed on a terminal rather
/// than saved, as `ls` writes out the control characters of a name. A
/// line break inside a quoted cell stays a line break.
pub struct ShownLines<W: Write> {
    inner: W,
    /// Bytes after the last line break, waiting for the rest of the line.
    pending: Vec<u8>,
}

impl<W: Write> ShownLines<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }

    fn write_shown(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.inner
            .write_all(shown(&String::from_utf8_lossy(bytes)).as_bytes())
    }
}

impl<W: Write> Write for ShownLines<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            self.write_shown(&line[..end])?;
            self.inner.write_all(b"\n")?;
        }
        Ok(buf.len())
    }

    /// Also writes out a last line that has no line break yet.
    fn flush(&mut self) -> io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        self.write_shown(&rest)?;
        self.inner.flush()
    }
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

    #[test]
    fn lines_written_in_any_pieces_are_shown_line_by_line() {
        let text = "patient_id,verdict\nP\u{1b}[2J1,achieved\n\"Zürich\n2\u{7},x\",invalid\nlast";
        let mut out = ShownLines::new(Vec::new());
        // Pieces that split lines, an escape sequence and a character
        // of two bytes (ü).
        for piece in text.as_bytes().chunks(3) {
            out.write_all(piece).unwrap();
        }
        out.flush().unwrap();
        assert_eq!(
            String::from_utf8(out.inner).unwrap(),
            "patient_id,verdict\nP\\u{1b}[2J1,achieved\n\"Zürich\n2\\u{7},x\",invalid\nlast"
        );
    }
}
