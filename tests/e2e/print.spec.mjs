// Printing the page gives a one-page report with the values and the result.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open, STATES } from "./helpers.mjs";

test("print: one page holding the verdict, the values and the source", async ({ page }) => {
    await open(page, STATES.achieved);
    await page.emulateMedia({ media: "print" });
    const pdf = join(mkdtempSync(join(tmpdir(), "dm-print-")), "report.pdf");
    writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
    const pages = execFileSync("pdfinfo", [pdf]).toString().match(/^Pages:\s+(\d+)/m)[1];
    expect(Number(pages)).toBe(1);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
    for (const expected of ["Partial remission achieved", "1200", "500", "110", "135", "12.5", "Chung L", "Met"]) {
        expect(text).toContain(expected);
    }
    // No controls in the report.
    expect(text).not.toContain("Clear all values");
});
