// The report page (issue 6): each rule worked with the patient's numbers,
// a chart with its numbers for screen readers, copy link / copy summary,
// a printed one-page report, and the MMT-8 worksheet filling the MMT totals.
import { test, expect } from "@playwright/test";
import { axeViolations } from "./axe.mjs";
import { holdAddressWrites, open, putOffYewTurns, reloadFromPage, TODAY, typeBurst } from "./helpers.mjs";
import { PAPER, printed } from "./pdf.mjs";

const PATIENT = "#v=1&ck-unit=U%2FL&ck-uln=200&ck-baseline=1200&ck-week24=500&mmt-max=150&mmt-baseline=110&mmt-week24=125&dssi-baseline=12.5&dssi-week24=7";

async function openReport(page, fragment = PATIENT) {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`report/${fragment}`);
    await expect(page.locator("#ck-worked")).toBeVisible();
    await expect(page.locator("#copy-summary")).toBeEnabled(); // the app is live
    return errors;
}

test("the calculator opens the report with its values; each rule is worked with them", async ({ page }) => {
    const errors = await open(page, PATIENT);
    // The calculator itself shows each worked rule under its reason.
    await expect(page.locator("#ck-status .working")).toHaveText(
        "baseline 1200 > 2 × ULN 200 = 400 U/L, so evaluable; 2 × week 24 500 = 1000 ≤ baseline 1200: met",
    );
    await page.locator("#open-report").click();
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-worked .working")).toHaveText(
        "baseline 1200 > 2 × ULN 200 = 400 U/L, so evaluable; 2 × week 24 500 = 1000 ≤ baseline 1200: met",
    );
    await expect(page.locator("#mmt-worked .working")).toHaveText(
        "strength deficit = scale maximum − score: baseline 150 − 110 = 40, week 24 150 − 125 = 25; 2 × 25 = 50 > 40: not met",
    );
    await expect(page.locator("#dssi-worked .working")).toContainText("2 × week 24 7 = 14 > baseline 12.5: not met");
    await expect(page.locator("#mmt-worked")).toHaveAttribute("data-status", "not_met");
    await expect(page.locator(".worked .source-link")).toHaveAttribute("href", "https://doi.org/10.1001/archderm.143.6.763");
    // Back to the calculator with the same values.
    await page.locator("#back-to-calculator").click();
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    expect(errors).toEqual([]);
});

test("the chart draws baseline, week 24 and the target, with a title, a description and a table", async ({ page }) => {
    await openReport(page);
    await expect(page.locator("#ck-chart title")).toHaveText("Creatine kinase (CK/CPK)");
    await expect(page.locator("#ck-chart desc")).toHaveText("Baseline 1200 U/L, week 24 500 U/L; week 24 had to be at most 600 U/L.");
    await expect(page.locator("#mmt-chart desc")).toHaveText("Baseline 110, week 24 125; week 24 had to be at least 130.");
    // Bars scale to the domain: CK week 24 is 500/1200 of the axis.
    const widths = await page.locator("#ck-chart rect").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    expect(widths[0]).toBeCloseTo(226, 0);
    expect(widths[1]).toBeCloseTo(226 * (500 / 1200), 0);
    await expect(page.locator("#chart-table tbody tr")).toHaveCount(3);
    await expect(page.locator("#chart-table tbody tr").nth(1)).toContainText("at least 130");
    // A domain without values is not drawn.
    await openReport(page, "#v=1&mmt-max=150&mmt-baseline=100&mmt-week24=130");
    await expect(page.locator(".chart")).toHaveCount(1);
});

test("no number on the chart is crossed by the target's line or a bar, or cut off", async ({ page }) => {
    // Until 2026-12-04 each value was written at its bar's end, where the
    // dashed target line struck through "500" (target 600) and ran into
    // "110" and "125" (target 130). Patients whose values lie at or around
    // their targets, at a phone's width and a desktop's.
    const patients = [
        PATIENT,
        // At the target exactly, a rise of CK, MMT at the scale's maximum.
        "#v=1&ck-unit=U%2FL&ck-uln=200&ck-baseline=1200&ck-week24=600&mmt-max=150&mmt-baseline=120&mmt-week24=150&dssi-baseline=8&dssi-week24=4",
        // The longest values the fields take with two decimals.
        "#v=1&ck-unit=U%2FL&ck-uln=100&ck-baseline=900&ck-week24=999999.99&mmt-max=80&mmt-baseline=0&mmt-week24=40&dssi-baseline=72&dssi-week24=0",
        "#v=1&ck-unit=ukat%2FL&ck-uln=3.25&ck-baseline=16666.67&ck-week24=9999.99&mmt-max=999.75&mmt-baseline=100.25&mmt-week24=999.75&dssi-baseline=71.75&dssi-week24=0.25",
        // More decimals than a laboratory reports: the value is still whole.
        "#v=1&ck-unit=U%2FL&ck-uln=100&ck-baseline=987654.321&ck-week24=123456.789&mmt-max=150&mmt-baseline=100.125&mmt-week24=140.125&dssi-baseline=12.125&dssi-week24=6.0625",
    ];
    for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const fragment of patients) {
            await openReport(page, fragment);
            await expect(page.locator(".chart")).toHaveCount(3);
            const crossings = await page.locator(".chart svg").evaluateAll((svgs) =>
                svgs.flatMap((svg) => {
                    const box = (e) => e.getBoundingClientRect();
                    const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                    const inside = (a, b) => a.left >= b.left && a.right <= b.right;
                    // The figure clips what runs past it unless its overflow is visible.
                    const shown = getComputedStyle(svg).overflow === "visible" ? box(svg.closest(".panel")) : box(svg);
                    const marks = [...svg.querySelectorAll("line, rect")];
                    return [...svg.querySelectorAll(".chart-value")].flatMap((text) => [
                        ...marks.filter((mark) => meets(box(text), box(mark))).map((mark) => `${svg.parentElement.id}: ${text.textContent} meets ${mark.getAttribute("class")}`),
                        ...(inside(box(text), shown) ? [] : [`${svg.parentElement.id}: ${text.textContent} is cut off`]),
                    ]);
                }),
            );
            expect(crossings, `${width} px, ${fragment}`).toEqual([]);
        }
    }
});

test("Copy link and Copy summary put the link and a chart note on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
    await openReport(page);
    await page.locator("#copy-summary").click();
    await expect(page.locator("#share-status")).toHaveText("Summary copied.");
    const note = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    for (const expected of [
        `Date: ${today}`,
        "CK: ULN 200 U/L, baseline 1200 U/L, week 24 500 U/L — Met (58.3 % reduction)",
        "MMT (scale 0–150): baseline 110, week 24 125 — Not met (37.5 % deficit reduction)",
        "DSSI: baseline 12.5, week 24 7 — Not met (44.0 % reduction)",
        "Verdict: Partial remission achieved at week 24: met by CK.",
        "Arch Dermatol 2007",
        "doi:10.1001/archderm.143.6.763",
    ]) {
        expect(note).toContain(expected);
    }
    await page.locator("#copy-link").click();
    await expect(page.locator("#share-status")).toHaveText("Link copied.");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL}${PATIENT}`);
    const second = await context.newPage();
    await second.goto(link);
    await expect(second.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(second.locator("#mmt-week24")).toHaveValue("125");
});

test("a value that may not be what was meant (1.200 U/L) is flagged in the values and on record in the chart note", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
    const errors = await openReport(page, PATIENT.replace("ck-baseline=1200", "ck-baseline=1.200"));
    const doubt = "1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200";
    await expect(page.locator("#value-ck-baseline")).toHaveText(`1.2 U/L${doubt}`);
    await expect(page.locator("#value-ck-baseline .field-doubt")).toBeVisible();
    await expect(page.locator("#value-ck-week24 .field-doubt")).toHaveCount(0);
    await page.locator("#copy-summary").click();
    await expect(page.locator("#share-status")).toHaveText("Summary copied.");
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain(`To check: CK baseline: ${doubt}.\nVerdict: `);
    expect(errors).toEqual([]);
});

test("where the browser offers no clipboard, the text is shown to copy by hand, and the page lives on", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // As on a plain-http intranet page: no Clipboard API at all.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await openReport(page);
    await page.locator("#copy-summary").click();
    await expect(page.locator("#share-status")).toContainText("select the text below");
    await expect(page.locator("#copy-by-hand")).toHaveValue(/Verdict: Partial remission achieved/);
    // Still alive: the worksheet still adds up.
    await page.locator("#mmt8 summary").click();
    await page.locator("#mmt8-sides").selectOption("right");
    await expect(page.locator("#mmt8-baseline-deltoid-left")).toBeDisabled();
    expect(errors).toEqual([]);
});

test("print: the report is one page with the verdict, the worked rules, the chart and the source", async ({ page }) => {
    await openReport(page);
    await page.emulateMedia({ media: "print" });
    const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    // On A4, and on US Letter, the shorter (until 2026-12-05 its last
    // lines ran on to a second page).
    for (const paper of PAPER) {
        const { pages, raw: text } = await printed(page, test.info().outputPath(`report-${paper}.pdf`), paper);
        expect(pages, paper).toBe(1);
        for (const expected of [
            "Partial remission achieved", "CK upper limit of normal 200 U/L", "MMT scale maximum 150 points", "DSSI week 24 7",
            `Report date: ${today}`, "2 × week 24 500 = 1000", "week 24 had to be at most 600", "Chung L",
        ]) {
            expect(text, paper).toContain(expected);
        }
        expect(text, paper).not.toContain("Copy summary");
        expect(text, paper).not.toContain("MMT-8 worksheet");
    }
});

test("MMT-8 worksheet: the totals fill the MMT fields; incomplete or bad grades fill nothing", async ({ page }) => {
    await open(page, "#v=1&ck-uln=200&ck-baseline=1200&ck-week24=900");
    await page.locator("#open-worksheet").click();
    await expect(page.locator("#mmt8")).toHaveAttribute("open");
    const cell = (time, key) => page.locator(`#mmt8-${time}-${key}`);
    const keys = await page.locator("#mmt8-table input[id^='mmt8-baseline-']").evaluateAll((xs) => xs.map((x) => x.id.slice("mmt8-baseline-".length)));
    expect(keys).toHaveLength(15);
    // Baseline: every group 6 except the neck (5) → 5 + 14 × 6 = 89.
    for (const key of keys) await cell("baseline", key).fill(key === "neck-flexors" ? "5" : "6");
    await expect(page.locator("#mmt8-total-baseline")).toHaveAttribute("data-total", "89");
    // Week 24: one group missing, one out of range, one not whole.
    for (const key of keys) await cell("week24", key).fill("9");
    await cell("week24", "quadriceps-left").fill("");
    await expect(page.locator("#mmt8-total-week24")).toContainText("missing Quadriceps, left");
    await cell("week24", "biceps-right").fill("11");
    await expect(page.locator("#mmt8-week24-biceps-right-note")).toHaveText("must be a whole number from 0 to 10");
    await expect(cell("week24", "biceps-right")).toHaveAttribute("aria-invalid", "true");
    await cell("week24", "deltoid-left").fill("7.5");
    await expect(page.locator("#mmt8-week24-deltoid-left-note")).toHaveText("grades are whole numbers from 0 to 10");
    // An MRC grade is named with its Kendall grade, never converted.
    await cell("week24", "wrist-extensors-right").fill("4+");
    await expect(page.locator("#mmt8-week24-wrist-extensors-right-note")).toHaveText("MRC 4+ is Kendall 9: enter 0 to 10");
    await expect(page.locator("#mmt8-total-week24")).toContainText("no total until these are corrected: Deltoid (middle), left; Biceps brachii, right; Wrist extensors, right");
    await cell("week24", "wrist-extensors-right").fill("9");
    await expect(page.locator("#mmt8-total-week24")).not.toContainText("Wrist extensors");
    await expect(page.locator("#mmt8-total-week24")).toContainText("no total until these are corrected: Deltoid (middle), left; Biceps brachii, right");
    await expect(page.locator("#mmt8-total-week24")).toHaveAttribute("data-total", "");
    // A grade's meaning is shown beside it.
    await expect(page.locator("#mmt8-baseline-neck-flexors-note")).toHaveText("Holds the test position, no added pressure (MRC 3)");

    // Only the complete baseline is filled; week 24 stays as it was (empty).
    await page.locator("#mmt8-use").click();
    await expect(page.locator("#mmt8-filled")).toHaveText("MMT filled in: maximum 150, baseline 89.");
    await cell("week24", "biceps-right").fill("9");
    await cell("week24", "deltoid-left").fill("9");
    await cell("week24", "quadriceps-left").fill("9");
    await expect(page.locator("#mmt8-total-week24")).toHaveAttribute("data-total", "135");
    await page.locator("#mmt8-use").click();
    await page.locator("#back-to-calculator").click();
    await expect(page.locator("#mmt-max")).toHaveValue("150");
    await expect(page.locator("#mmt-baseline")).toHaveValue("89");
    await expect(page.locator("#mmt-week24")).toHaveValue("135");
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    // Deficit 61 → 15: met.
    await expect(page.locator("#mmt-status")).toHaveAttribute("data-status", "met");
});

test("MMT-8 worksheet on one side: total of 80, the other side not counted", async ({ page }) => {
    await openReport(page, "#v=1");
    await page.locator("#mmt8 summary").click();
    await page.locator("#mmt8-sides").selectOption("right");
    await expect(page.locator("#mmt8-baseline-deltoid-left")).toBeDisabled();
    const right = await page.locator("#mmt8-table input[id^='mmt8-baseline-']:not([disabled])").all();
    expect(right).toHaveLength(8);
    for (const input of right) await input.fill("10");
    await expect(page.locator("#mmt8-total-baseline")).toHaveText("Baseline: total 80 of 80.");
    await page.locator("#mmt8-use").click();
    await expect(page.locator("#back-to-calculator")).toHaveAttribute("href", /mmt-max=80&mmt-baseline=80/);
});

test("the worksheet's grades survive a reload and travel in a report link", async ({ page, context }) => {
    await openReport(page, "#v=1");
    await page.locator("#mmt8 summary").click();
    await page.locator("#mmt8-sides").selectOption("left");
    await page.locator("#mmt8-baseline-neck-flexors").fill("7");
    await page.locator("#mmt8-week24-quadriceps-left").fill("12");
    await reloadFromPage(page);
    await expect(page.locator("#mmt8")).toHaveAttribute("open");
    await expect(page.locator("#mmt8-sides")).toHaveValue("left");
    await expect(page.locator("#mmt8-baseline-neck-flexors")).toHaveValue("7");
    await expect(page.locator("#mmt8-week24-quadriceps-left")).toHaveValue("12");
    await expect(page.locator("#mmt8-week24-quadriceps-left")).toHaveAttribute("aria-invalid", "true");
    // The address takes the restored grades once the page is quiet.
    await expect.poll(() => page.url()).toContain("quadriceps-left=12");
    const second = await context.newPage();
    await second.goto(page.url());
    await expect(second.locator("#mmt8-baseline-neck-flexors")).toHaveValue("7");
});

test("a reload that comes before the address is written still restores the last grade", async ({ page }) => {
    await openReport(page, "#v=1");
    await page.locator("#mmt8 summary").click();
    await page.locator("#mmt8-baseline-neck-flexors").fill("7");
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/neck-flexors=7/);
    await holdAddressWrites(page);
    await typeBurst(page, "mmt8-week24-quadriceps-left", ["1", "9"]);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/quadriceps-left=[19](&|$)/);
    await reloadFromPage(page);
    await expect(page.locator("#mmt8-baseline-neck-flexors")).toHaveValue("7");
    await expect(page.locator("#mmt8-week24-quadriceps-left")).toHaveValue("9");
});

test("a grade is kept by a reload even when yew has not rendered it yet", async ({ page }) => {
    await openReport(page, "#v=1");
    await page.locator("#mmt8 summary").click();
    await putOffYewTurns(page);
    // Yew's work is held from the first grade on, so the second grade is
    // queued behind it: in the page's state, not yet on the page.
    await page.locator("#mmt8-baseline-neck-flexors").fill("7");
    const week24 = await page.locator("#mmt8-total-week24").textContent();
    await page.locator("#mmt8-week24-quadriceps-left").fill("9");
    expect(await page.locator("#mmt8-total-week24").textContent()).toBe(week24);
    expect(await page.evaluate(() => window.__heldTurns.length)).toBeGreaterThan(0);
    await reloadFromPage(page);
    await expect(page.locator("#mmt8-baseline-neck-flexors")).toHaveValue("7");
    await expect(page.locator("#mmt8-week24-quadriceps-left")).toHaveValue("9");
});

test("grades typed in quick succession are all kept", async ({ page }) => {
    await openReport(page, "#v=1");
    await page.locator("#mmt8 summary").click();
    // Three edits in one task, before any re-render.
    await page.evaluate(() => {
        for (const [id, value] of [["neck-flexors", "4"], ["deltoid-right", "5"], ["deltoid-left", "6"]]) {
            const input = document.getElementById(`mmt8-baseline-${id}`);
            input.value = value;
            input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        }
    });
    await expect(page.locator("#mmt8-baseline-neck-flexors")).toHaveValue("4");
    await expect(page.locator("#mmt8-baseline-deltoid-right")).toHaveValue("5");
    await expect(page.locator("#mmt8-baseline-deltoid-left")).toHaveValue("6");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("mmt8-baseline-neck-flexors=4");
});

test("a report session sends nothing: only same-origin GETs without any typed value", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
    const requests = [];
    context.on("request", (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() ?? "" }));
    const typed = ["1234.5", "567.8", "97.25", "131.75"];
    await page.goto("index.html#v=1&ck-uln=187.5&ck-baseline=1234.5&ck-week24=567.8&mmt-baseline=97.25&mmt-week24=131.75");
    await page.locator("#open-worksheet").click();
    await page.locator("#mmt8-baseline-neck-flexors").fill("7");
    await page.locator("#copy-summary").click();
    await expect(page.locator("#share-status")).toHaveText("Summary copied.");
    await page.locator("#copy-link").click();
    await page.locator("#back-to-calculator").click();
    await expect(page.locator("#ck-baseline")).toHaveValue("1234.5");
    const origin = new URL(baseURL).origin;
    expect(requests.length).toBeGreaterThan(3);
    for (const r of requests) {
        const sent = r.url.split("#")[0];
        expect(r.method, r.url).toBe("GET");
        expect(new URL(r.url).origin, r.url).toBe(origin);
        for (const value of [...typed, "neck-flexors"]) {
            expect(sent, r.url).not.toContain(value);
            expect(r.body).not.toContain(value);
        }
    }
});

test("the report page passes axe in light and dark schemes, worksheet open", async ({ context }) => {
    for (const colorScheme of ["light", "dark"]) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await openReport(page);
        await page.locator("#mmt8 summary").click();
        await page.locator("#mmt8-baseline-deltoid-right").fill("12");
        expect(await axeViolations(page), colorScheme).toEqual([]);
    }
});

test("today's criteria on the report: the TIS and DOI worked, a chart against the bands, in the summary and the printout", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`report/${TODAY}`);
    await expect(page.locator("#tis-score")).toHaveAttribute("data-score", "67.5");
    await expect(page.locator("#tis-pga")).toContainText("(6 − 3) / 10 × 100 = 30.0 % of the 0–10 scale; band > 25 to 40 %: 17.5 points");
    await expect(page.locator("#doi-status")).toHaveAttribute("data-status", "met");
    await expect(page.locator("#value-pga-week24")).toHaveText("3 cm");
    await expect(page.locator("#value-enzyme-baseline")).toHaveText("24 U/L");
    await expect(page.locator("#value-population")).toHaveText("Adult (DM/PM)");
    // One figure per scored measure, with its band edges and its points.
    await expect(page.locator("#band-pga desc")).toHaveText("30.0 % improvement, band > 25 to 40 %: 17.5 points. Dashed lines: the band edges.");
    await expect(page.locator("#band-pga line")).toHaveCount(4);
    await expect(page.locator("#band-mmt text").first()).toHaveText("2");
    await expect(page.locator("#bands-table tbody tr")).toHaveCount(6);
    const width = Number(await page.locator("#band-pga rect").getAttribute("width"));
    expect(width).toBeCloseTo((30 / 60) * 230, 1);

    await page.locator("#copy-summary").click();
    await expect(page.locator("#share-status")).toHaveText("Summary copied.");
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain("ACR/EULAR 2016 Total Improvement Score: TIS 67.5 of 100: major improvement");
    expect(note).toContain("  Muscle enzyme: (24 − 12) / 24 × 100 = 50.0 % of baseline; band > 40 %: 7.5 points");
    expect(note).toContain("IMACS 2004 definition of improvement: Improvement met");
    expect(note).toContain("Source (DOI): Rider LG, Giannini EH");
    expect(note).toMatch(/Rules \d{4}\.\d+ · values [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/);

    // Two pages, the worked rules starting on the first (kept whole, they
    // were once pushed to the second of three).
    for (const paper of PAPER) {
        const { pages, first, text } = await printed(page, test.info().outputPath(`today-${paper}.pdf`), paper);
        expect(pages, paper).toBeLessThanOrEqual(2);
        expect(first, paper).toContain("The rules, worked with these numbers");
        expect(text, paper).toContain("TIS 67.5 of 100");
        expect(text, paper).toContain("Improvement met");
        // The readings the TIS and DOI rest on, and their sources, are on paper too.
        expect(text, paper).toContain("Read from the papers, not checked against the official calculator. Source: Aggarwal et al.");
        expect(text, paper).toContain("as this calculator reads it. Source: Rider et al.");
    }
});

test("a seed-only report says the TIS and DOI were not scored", async ({ page }) => {
    await page.goto("report/#v=1&ck-uln=200&ck-baseline=1200&ck-week24=500");
    await expect(page.locator("#today-not-scored")).toContainText("not scored here");
    await expect(page.locator("#bands-heading")).toHaveCount(0);
});

test("the report with today's criteria passes axe, light and dark, phone and desktop", async ({ context }) => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        for (const colorScheme of ["light", "dark"]) {
            const page = await context.newPage();
            await page.setViewportSize(viewport);
            await page.emulateMedia({ colorScheme });
            await page.goto(`report/${TODAY}`);
            await expect(page.locator("#bands-table")).toBeAttached();
            expect(await axeViolations(page), `${viewport.width} ${colorScheme}`).toEqual([]);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${viewport.width}: no sideways scrolling`).toBeLessThanOrEqual(0);
            await page.close();
        }
    }
});
