// Printing the page gives a one-page report with the values and the result;
// with today's criteria, two pages that keep their readings and sources.
// The cohort page prints its counts and every column of the rows shown.
import { test, expect } from "@playwright/test";
import { open, STATES, TODAY } from "./helpers.mjs";
import { PAPER, printed } from "./pdf.mjs";

test("print: one page holding the verdict, the values and the source", async ({ page }) => {
    await open(page, STATES.achieved);
    await page.emulateMedia({ media: "print" });
    // On A4, and on US Letter, the shorter (until 2026-12-05 its last line
    // ran on to a second page).
    for (const paper of PAPER) {
        const { pages, text } = await printed(page, test.info().outputPath(`report-${paper}.pdf`), paper);
        expect(pages, paper).toBe(1);
        for (const expected of ["Partial remission achieved", "1200", "500", "110", "135", "12.5", "Chung L", "Met"]) {
            expect(text, paper).toContain(expected);
        }
        // No controls in the report.
        expect(text, paper).not.toContain("Clear all values");
    }
});

test("print with today's criteria: the TIS and DOI worked, with their notes, readings and sources, on two pages", async ({ page }) => {
    // The followed aldolase is normal at baseline: the TIS says so (hazard H13).
    await open(page, TODAY.replace("enzyme-baseline=24", "enzyme-baseline=8") + "&dssi-baseline=12.5&dssi-week24=5");
    await expect(page.locator("#tis-score")).toHaveAttribute("data-score", "60");
    await page.emulateMedia({ media: "print" });
    for (const paper of PAPER) {
        const { pages, first, text } = await printed(page, test.info().outputPath(`today-${paper}.pdf`), paper);
        expect(pages, paper).toBeLessThanOrEqual(2);
        // The first page starts the form and the result side by side.
        expect(first, paper).toContain("Baseline (U/L) 1200");
        expect(first, paper).toContain("Partial remission achieved");
        for (const expected of [
            "Partial remission achieved",
            "TIS 60 of 100: major improvement",
            "(8 − 12) / 8 × 100 = −50.0 % of baseline",
            "Baseline Aldolase 8 U/L is not above its upper limit of normal (8 U/L)",
            "Read from the papers, not checked against the official calculator.",
            "Source: Aggarwal et al., Ann Rheum Dis 2017",
            "The enzyme is the TIS's, the most abnormal at baseline, as this calculator reads it.",
            "Source: Rider et al., Arthritis Rheum 2004",
            "Chung L",
        ]) {
            expect(text, paper).toContain(expected);
        }
    }
});

test("print: values kept but not scored say so on paper (hazard H20)", async ({ page }) => {
    // An adult's CMAS scores, and aldolase values while CK is followed.
    await open(page, `${STATES.achieved}&cmas-baseline=30&cmas-week24=46&enzyme-uln=8&enzyme-baseline=24&enzyme-week24=12`);
    await expect(page.locator("#cmas-baseline-hint")).toContainText("Not scored");
    await page.emulateMedia({ media: "print" });
    const { text } = await printed(page, test.info().outputPath("unscored.pdf"));
    expect(text).toContain("Not scored: the TIS and DOI score MMT; CMAS only when chosen for a juvenile patient.");
    expect(text).toContain("Not scored: the TIS and DOI follow CK (the values above) until another enzyme is chosen.");
    // Other hints stay off paper.
    expect(text).not.toContain("Your laboratory's reference value.");
});

test("print: the cohort's counts and every column of the rows shown, without the controls for opening a file", async ({ page }) => {
    await page.goto("cohort/");
    await page.locator("#cohort-example").click();
    await expect(page.locator("#cohort-table tbody tr")).toHaveCount(8);
    const { pages, text } = await printed(page, test.info().outputPath("cohort.pdf"));
    expect(pages).toBeLessThanOrEqual(2);
    for (const expected of ["Verdicts for 8 patients", "Partial remission achieved 3 (37.5 %)", "Rows 1–8 of 8", "SYN-08", "How this is scored", "Chung L"]) {
        expect(text).toContain(expected);
    }
    // The last column on paper, the DOI, whole in every row (a scroll box
    // cut it to "Improveme"): 3 met, 4 not met.
    const rows = text.slice(text.indexOf("Rows 1–8 of 8"), text.indexOf("How this is scored"));
    expect(rows.match(/Improvement met/g)).toHaveLength(3);
    expect(rows.match(/Improvement not met/g)).toHaveLength(4);
    for (const control of ["Single-patient calculator", "paste the CSV text", "CSV file (or drop it here)", "File format", "Open SYN"]) {
        expect(text).not.toContain(control);
    }
});
