// Printing in Debian's Firefox ESR, on A4 and US Letter: the calculator and
// the report on one page each; with today's criteria, two pages that start
// on the first (Firefox once moved the calculator's form and result, laid
// out as a grid, whole to the second page, leaving the first all but
// blank). tests/e2e/print.spec.mjs checks the text on paper in depth.
// Run: node --test tests/firefox/ (expects dist/ built, as the test command does).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { STATES, TODAY } from "../e2e/helpers.mjs";
import { PAPER, printed } from "../e2e/pdf.mjs";
import { calculatorIsLive, launch, root, serve } from "./firefox.mjs";

const artifacts = `${root}tests/e2e/artifacts/firefox`;
const ONE_MINUTE = { timeout: 60_000 };
const reportIsLive = () => document.getElementById("copy-summary")?.disabled === false;

let site;
let browser;

before(async () => {
    mkdirSync(artifacts, { recursive: true });
    site = await serve(4323);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    site?.server.kill();
});

/// Prints `path`, once `ready` holds, on each paper: at most `pages`
/// pages, the first holding each of `first`.
async function checkPrint(name, path, ready, pages, first) {
    const context = await browser.createBrowserContext();
    try {
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`);
        await page.waitForFunction(ready, { timeout: 15_000 });
        for (const paper of PAPER) {
            const printout = await printed(page, `${artifacts}/${name}-${paper}.pdf`, paper);
            assert.ok(printout.pages <= pages, `${paper}: ${printout.pages} pages`);
            for (const text of first) {
                assert.ok(printout.first.includes(text), `${paper}: page 1 lacks "${text}": ${printout.first.slice(0, 300)}`);
            }
        }
    } finally {
        await context.close();
    }
}

test("printed in Firefox: the calculator, one page on A4 and on US Letter", ONE_MINUTE, () =>
    checkPrint("calculator", STATES.achieved, calculatorIsLive, 1, ["Baseline (U/L) 1200", "Partial remission achieved", "Chung L"]));

test("printed in Firefox: the calculator with today's criteria, two pages starting on the first, on A4 and on US Letter", ONE_MINUTE, () =>
    checkPrint("calculator-today", STATES["today's criteria"], calculatorIsLive, 2,
        ["Baseline (U/L) 1200", "Partial remission achieved", "ACR/EULAR 2016 Total Improvement Score"]));

test("printed in Firefox: the report, one page on A4 and on US Letter", ONE_MINUTE, () =>
    checkPrint("report", `report/${STATES.achieved}`, reportIsLive, 1, ["Values", "Partial remission achieved", "Chart", "Chung L"]));

test("printed in Firefox: the report with today's criteria, two pages starting on the first, on A4 and on US Letter", ONE_MINUTE, () =>
    checkPrint("report-today", `report/${TODAY}`, reportIsLive, 2, ["Values", "The rules, worked with these numbers"]));
