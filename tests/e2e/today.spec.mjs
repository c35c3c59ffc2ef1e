// Today's response criteria from the same entry (CONTRACT §4): the ACR/EULAR
// 2016 Total Improvement Score and the IMACS 2004 definition of
// improvement, side by side with the seed rule.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { open, STATES, TODAY } from "./helpers.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dmscore = process.env.DMSCORE ?? `${root}target/release/dmscore`;

const tis = (page) => ({
    score: page.locator("#tis-score"),
    category: page.locator("#tis-category"),
    doi: page.locator("#doi-status"),
});

test("collapsed at first, yet a seed-only link still reports the TIS and DOI", async ({ page }) => {
    const errors = await open(page, STATES.achieved);
    await expect(page.locator("#today")).not.toHaveAttribute("open");
    await expect(page.locator("#pga-baseline")).toBeHidden();
    const t = tis(page);
    await expect(t.score).toHaveAttribute("data-score", "");
    await expect(t.category).toHaveAttribute("data-category", "indeterminate");
    await expect(t.doi).toHaveAttribute("data-status", "indeterminate");
    // The range is shown instead of a score: CK 58 % → 7.5, MMT 16.7 % → 20.
    await expect(t.score).toHaveText("27.5 to 87.5");
    expect(errors).toEqual([]);
});

test("typed as a clinician would: each measure worked with the formula, band and points", async ({ page }) => {
    const errors = await open(page);
    await page.locator("#today summary").click();
    await expect(page.locator("#pga-baseline")).toBeVisible();
    await page.locator("#mmt-baseline").fill("110");
    await page.locator("#mmt-week24").fill("135");
    for (const [id, value] of [
        ["pga-baseline", "6"], ["pga-week24", "3"],
        ["ptga-baseline", "7"], ["ptga-week24", "5"],
        ["haq-baseline", "1.5"], ["haq-week24", "1.125"],
        ["extra-baseline", "4"], ["extra-week24", "2"],
    ]) {
        await page.locator(`#${id}`).pressSequentially(value);
    }
    // The enzyme: aldolase with its own unit, ULN and values.
    await page.locator("#enzyme-name").selectOption("aldolase");
    await expect(page.locator("#enzyme-unit")).toHaveValue("U/L");
    await page.locator("#enzyme-uln").fill("8");
    await page.locator("#enzyme-baseline").fill("24");
    await page.locator("#enzyme-week24").fill("12");
    const t = tis(page);
    await expect(t.score).toHaveAttribute("data-score", "67.5");
    await expect(t.category).toHaveAttribute("data-category", "major");
    await expect(t.doi).toHaveAttribute("data-status", "met");
    await expect(page.locator("#tis-pga")).toHaveText(
        "Physician global activity: (6 − 3) / 10 × 100 = 30.0 % of the 0–10 scale; band > 25 to 40 %: 17.5 points",
    );
    await expect(page.locator("#tis-mmt")).toContainText("(135 − 110) / 150 × 100 = 16.7 % of the 0–150 scale; band > 10 to 20 %: 20 points");
    await expect(page.locator("#tis-enzyme")).toContainText("(24 − 12) / 24 × 100 = 50.0 % of baseline; band > 40 %: 7.5 points");
    await expect(page.locator("#tis-detail .summary")).toHaveText(
        "TIS 67.5 of 100: major improvement (adult: minimal ≥ 20, moderate ≥ 40, major ≥ 60).",
    );
    await expect(page.locator("#doi-haq")).toHaveAttribute("data-result", "improved");
    await expect(page.locator("#doi-haq")).toContainText("(1.5 − 1.125) / 1.5 × 100 = 25.0 % of baseline; ≥ 20 % better: improved");
    await expect(page.locator("#tis-detail")).toContainText("not checked against the official calculator");
    expect(errors).toEqual([]);
});

test("a link holding the other measures opens the section, and it round-trips through a reload", async ({ page }) => {
    await open(page, TODAY);
    await expect(page.locator("#today")).toHaveAttribute("open");
    await expect(page.locator("#pga-week24")).toHaveValue("3");
    await expect(page.locator("#enzyme-name")).toHaveValue("aldolase");
    await expect(tis(page).score).toHaveAttribute("data-score", "67.5");
    await page.locator("#haq-week24").fill("1.4");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("haq-week24=1.4");
    await page.reload();
    await expect(page.locator("#haq-week24")).toHaveValue("1.4");
    await expect(page.locator("#enzyme-uln")).toHaveValue("8");
    // HAQ (1.5 − 1.4) / 3 = 3.3 %: 0 points instead of 5.
    await expect(tis(page).score).toHaveAttribute("data-score", "62.5");
});

test("juvenile: the strength choice and CMAS appear, and the juvenile thresholds apply", async ({ page }) => {
    await open(page);
    await page.locator("#today summary").click();
    await expect(page.locator("#strength")).toHaveCount(0);
    await page.locator("#population").selectOption("juvenile");
    await page.locator("#strength").selectOption("cmas");
    await page.locator("#cmas-baseline").fill("30");
    await page.locator("#cmas-week24").fill("46");
    await page.locator("#pga-baseline").fill("6");
    await page.locator("#pga-week24").fill("1.9");
    await expect(page.locator("#tis-cmas")).toContainText("(46 − 30) / 52 × 100 = 30.8 % of the 0–52 scale; band > 30 %: 32.5 points");
    await expect(page.locator("label[for=ptga-baseline]")).toContainText("Parent global");
    await expect(page.locator("#tis-detail .summary")).toContainText("juvenile: minimal ≥ 30, moderate ≥ 45, major ≥ 70");
    // CMAS 32.5 + PGA 20; PtGA, HAQ, enzyme and extramuscular could add 47.5.
    await expect(tis(page).score).toHaveText("52.5 to 100");
});

test("values left unscored by MMT or CK stay in view and say so at the field, for an adult too", async ({ page }) => {
    // Hazard H20: typed before MMT was chosen again, or from a link.
    const notScored = /^Not scored: the TIS and DOI score MMT;/;
    await open(page, "#v=1&population=juvenile&strength=cmas&cmas-baseline=30&cmas-week24=46");
    await expect(page.locator("#cmas-baseline")).not.toHaveAccessibleDescription(notScored);
    await page.locator("#strength").selectOption("mmt");
    await expect(page.locator("#cmas-baseline")).toHaveValue("30");
    await expect(page.locator("#cmas-baseline")).toHaveAccessibleDescription(notScored);
    // MMT, not entered, is now the strength measure: it could add 0 to 32.5.
    await expect(page.locator("#tis-mmt")).toContainText("It can add 0 to 32.5 points.");
    // An adult's form has no strength choice: the field says it alone.
    const adult = await page.context().newPage();
    await open(adult, "#v=1&cmas-baseline=30&cmas-week24=46");
    await expect(adult.locator("#strength")).toHaveCount(0);
    await expect(adult.locator("#cmas-week24")).toHaveValue("46");
    await expect(adult.locator("#cmas-baseline")).toHaveAccessibleDescription(notScored);
    // An enzyme's values typed, then CK chosen again: CK is followed.
    const ckFollowed = /^Not scored: the TIS and DOI follow CK \(the values above\)/;
    await adult.locator("#enzyme-name").selectOption("aldolase");
    await adult.locator("#enzyme-baseline").fill("24");
    await expect(adult.locator("#enzyme-baseline")).not.toHaveAccessibleDescription(ckFollowed);
    await adult.locator("#enzyme-name").selectOption("ck");
    await expect(adult.locator("#enzyme-baseline")).toHaveValue("24");
    await expect(adult.locator("#enzyme-baseline")).toHaveAccessibleDescription(ckFollowed);
});

test("bad values of the other measures: a clear message at the field, nothing lost", async ({ page }) => {
    await open(page, "#v=1&population=child&strength=cmas&enzyme-name=cpk&haq-week24=3.5&pga-baseline=1%2C5");
    await expect(page.locator("#today")).toHaveAttribute("open");
    await expect(page.locator("#population-error")).toHaveText("must be adult or juvenile");
    await expect(page.locator("#enzyme-name-error")).toContainText("unknown enzyme");
    await expect(page.locator("#haq-week24-error")).toHaveText("must be between 0 and 3");
    await expect(page.locator("#haq-week24")).toHaveValue("3.5");
    await expect(page.locator("#pga-baseline-error")).toHaveText("use a decimal point, not a comma (12.5, not 12,5)");
    await expect(page.locator("#haq-week24")).toHaveAttribute("aria-invalid", "true");
    await page.locator("#population").selectOption("adult");
    await expect(page.locator("#population-error")).toHaveCount(0);
    await expect(page.locator("#strength-error")).toHaveText("CMAS is scored for juvenile patients only");
    await page.locator("#population").selectOption("juvenile");
    await expect(page.locator("#strength-error")).toHaveCount(0);
    await page.locator("#haq-week24").fill("1");
    await expect(page.locator("#haq-week24-error")).toHaveCount(0);
});

test("the page and dmscore agree on the TIS and DOI", async ({ page }) => {
    const input = {
        population: "adult", strength: "mmt",
        ck: { unit: "U/L", uln: 200, baseline: 1200, week24: 500 },
        mmt: { max: 150, baseline: 110, week24: 135 },
        pga: { baseline: 6, week24: 3 }, ptga: { baseline: 7, week24: 5 },
        haq: { baseline: 1.5, week24: 1.125 }, extra: { baseline: 4, week24: 2 },
        enzyme: { name: "aldolase", unit: "U/L", uln: 8, baseline: 24, week24: 12 },
    };
    for (const drop of [[], ["ptga", "extra"], ["mmt"]]) {
        const patient = structuredClone(input);
        for (const d of drop) delete patient[d];
        const cli = JSON.parse(execFileSync(dmscore, { input: JSON.stringify(patient) }).toString());
        const params = new URLSearchParams({ v: "1" });
        params.set("population", patient.population);
        params.set("strength", patient.strength);
        for (const [domain, values] of Object.entries(patient)) {
            if (typeof values !== "object") continue;
            for (const [key, value] of Object.entries(values)) params.set(`${domain}-${key}`, String(value));
        }
        if (drop.includes("mmt")) params.set("mmt-max", "150");
        await open(page, `#${params}`);
        const t = tis(page);
        await expect(t.category).toHaveAttribute("data-category", cli.tis.category);
        await expect(t.doi).toHaveAttribute("data-status", cli.doi.status);
        await expect(t.score).toHaveAttribute("data-score", cli.tis.score === null ? "" : String(cli.tis.score));
        await expect(page.locator("#tis-detail .summary")).toHaveText(cli.tis.summary);
        await expect(page.locator("#doi-detail .summary")).toHaveText(cli.doi.summary);
    }
});
