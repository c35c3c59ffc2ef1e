// A page printed to PDF and read back with Debian's poppler-utils, as
// paper would be read: how many pages, and what they say.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

/// The paper a clinic prints on: A4, and US Letter, the shorter.
export const PAPER = ["A4", "Letter"];

/// Prints `page` (Playwright's or Puppeteer's) on `format` paper into
/// `file`. Returns the page count and, each with its whitespace collapsed,
/// the text in reading order (a column read whole, not line by line
/// across both), page 1's alone, and the text in the order it was drawn
/// (`raw`: a table's label beside its value, even in a column of labels).
export async function printed(page, file, format = "A4") {
    writeFileSync(file, await page.pdf({ format, printBackground: true }));
    const pages = Number(execFileSync("pdfinfo", [file]).toString().match(/^Pages:\s+(\d+)/m)[1]);
    const read = (...options) => execFileSync("pdftotext", [...options, file, "-"]).toString().replace(/\s+/g, " ");
    return { pages, text: read(), first: read("-f", "1", "-l", "1"), raw: read("-raw") };
}
