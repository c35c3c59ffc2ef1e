// The clinical safety case's visible parts (docs/clinical-safety/): every
// reading and assumption stated where the result is read and in the
// printout (the cohort page's too), a definition for every input, and the
// rules version and the values' fingerprint in every output.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { open, STATES, TODAY } from "./helpers.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dmscore = process.env.DMSCORE ?? `${root}target/release/dmscore`;
const ASSUMPTIONS = [
    "strength deficit",
    "DSSI: taken as the same ≥ 50 % reduction",
    "active disease at baseline",
    "not checked against the official calculator",
    "DOI: the enzyme read as the TIS's",
];

const pdfText = async (page) =>
    execFileSync("pdftotext", ["-", "-"], { input: await page.pdf({ format: "A4" }) }).toString().replace(/\s+/g, " ");

test("how the result is scored is stated beside it and printed, on the calculator and the report", async ({ page }) => {
    await open(page, STATES.achieved);
    for (const words of ASSUMPTIONS) await expect(page.locator("#how-scored")).toContainText(words);
    await page.emulateMedia({ media: "print" });
    const printed = await pdfText(page);
    for (const words of ASSUMPTIONS) expect(printed).toContain(words);
    await page.goto(`report/${STATES.achieved}`);
    await expect(page.locator("#verdict")).toBeVisible();
    for (const words of ASSUMPTIONS) await expect(page.locator("#how-scored")).toContainText(words);
    const report = await pdfText(page);
    for (const words of ASSUMPTIONS) expect(report).toContain(words);
});

test("the cohort page states how its results are scored, by which rules and on which day, on screen and on paper", async ({ page }) => {
    const version = JSON.parse(execFileSync(dmscore, { input: '{"dssi":{"baseline":10,"week24":4}}' }).toString()).rules_version;
    await page.goto("cohort/");
    await page.locator("#cohort-example").click();
    await expect(page.locator("#cohort-table tbody tr")).toHaveCount(8);
    for (const words of ASSUMPTIONS) await expect(page.locator("#how-scored")).toContainText(words);
    const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await expect(page.locator("#cohort-provenance")).toHaveText(`Rules ${version} · scored on ${today}`);
    const printed = await pdfText(page);
    for (const words of [...ASSUMPTIONS, `Rules ${version} · scored on ${today}`]) expect(printed).toContain(words);
});

test("every input has a definition a clinician can open", async ({ page }) => {
    const violations = [];
    page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
    await open(page);
    await page.getByRole("link", { name: "What each value means (definitions of the inputs)" }).click();
    await expect(page.locator("h1")).toHaveText("Definitions of the inputs");
    for (const id of ["visits", "ck", "mmt", "dssi", "population", "globals", "haq", "cmas", "enzyme"]) {
        await expect(page.locator(`section#${id} h2`)).toBeVisible();
    }
    await expect(page.locator("#ck")).toContainText("use the ULN of the laboratory that measured the values");
    await expect(page.locator("#mmt")).toContainText("0–150 for both sides or 0–80 for one side");
    // Styled by the calculator's own stylesheet, under the strict CSP.
    const background = await page.locator("#ck").evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(background).toBe("solid");
    expect(violations).toEqual([]);
    await page.getByRole("link", { name: "← Back to the calculator" }).click();
    await expect(page.locator("#verdict")).toBeVisible();
    // The cohort page's columns are the same inputs.
    await page.goto("cohort/");
    await page.getByRole("link", { name: "What each value means (definitions of the inputs)" }).click();
    await expect(page.locator("h1")).toHaveText("Definitions of the inputs");
});

test("the rules version and the values' fingerprint appear in every output", async ({ page, context }) => {
    const cli = JSON.parse(execFileSync(dmscore, { input: '{"dssi":{"baseline":10,"week24":4}}' }).toString());
    const version = cli.rules_version;
    expect(version).toMatch(/^\d{4}\.\d+$/);
    await open(page);
    await expect(page.locator("footer")).toContainText(`Rules ${version}.`);

    await page.goto(`report/${TODAY}`);
    const provenance = page.locator("#report-provenance");
    await expect(provenance).toHaveText(new RegExp(`^Rules ${version.replace(".", "\\.")} · values [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$`));
    const first = await provenance.textContent();
    // The same values give the same fingerprint; other values another.
    const again = await context.newPage();
    await again.goto(`report/${TODAY}`);
    await expect(again.locator("#report-provenance")).toHaveText(first);
    await again.goto(`report/${TODAY.replace("haq-week24=1.125", "haq-week24=1.25")}`);
    await expect(again.locator("#report-provenance")).not.toHaveText(first);
    expect(await pdfText(page)).toContain(first);

    const csv = execFileSync(dmscore, ["--csv", `${root}tests/fixtures/seed-trial-synthetic.csv`], { stdio: ["ignore", "pipe", "ignore"] })
        .toString().trim().split("\n");
    expect(csv[0].split(",").at(-1)).toBe("rules_version");
    for (const line of csv.slice(1)) expect(line.split(",").at(-1)).toBe(version);
});
