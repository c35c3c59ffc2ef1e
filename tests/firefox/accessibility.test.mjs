// axe-core's WCAG 2.2 AA checks (tests/e2e/axe.mjs) in Debian's Firefox
// ESR, light and dark: the calculator in each state the Chromium tests
// check, today's criteria on a phone, the report with today's criteria,
// the cohort page with results, and the definitions page. The same
// release as Gecko renders it: its colours, its fonts, its layout.
// Run: node --test tests/firefox/ (expects dist/ built, as the test command does).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AXE_TAGS, violationLines } from "../e2e/axe.mjs";
import { STATES, TODAY } from "../e2e/helpers.mjs";
import { calculatorIsLive, launch, serve } from "./firefox.mjs";

// axe-core as @axe-core/playwright (which the Chromium tests use) has it.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve("axe-core/axe.min.js"), "utf8");
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const ONE_MINUTE = { timeout: 60_000 };

/// What is checked: a page, the viewport, when it is ready, and what is
/// done on it first.
const CHECKS = [
    ...Object.entries(STATES).map(([state, fragment]) => ({ name: `the calculator, ${state}`, path: fragment, ready: calculatorIsLive })),
    {
        name: "today's criteria on a phone",
        path: STATES["today's criteria"],
        viewport: PHONE,
        ready: () => document.getElementById("tis-detail")?.checkVisibility(),
    },
    { name: "the report with today's criteria", path: `report/${TODAY}`, ready: () => document.getElementById("bands-table") },
    {
        name: "the cohort page with its example scored",
        path: "cohort/",
        ready: () => document.getElementById("cohort-example")?.disabled === false,
        act: async (page) => {
            await page.click("#cohort-example");
            await page.waitForFunction(() => document.querySelectorAll("#cohort-table tbody tr").length === 8);
        },
    },
    { name: "the definitions page", path: "definitions/", ready: () => document.querySelector("h1")?.textContent === "Definitions of the inputs" },
];

let site;
const browsers = {};

before(async () => {
    site = await serve(4322);
    // Firefox's own setting for the pages' colour scheme (0 dark, 1
    // light): the ESR's WebDriver BiDi cannot emulate it.
    browsers.light = await launch({ "layout.css.prefers-color-scheme.content-override": 1 });
    browsers.dark = await launch({ "layout.css.prefers-color-scheme.content-override": 0 });
});

after(async () => {
    for (const browser of Object.values(browsers)) await browser.close();
    site?.server.kill();
});

for (const scheme of ["light", "dark"]) {
    for (const { name, path, viewport = DESKTOP, ready, act } of CHECKS) {
        test(`axe finds no WCAG violations in Firefox: ${name}, ${scheme}`, ONE_MINUTE, async () => {
            const context = await browsers[scheme].createBrowserContext();
            try {
                const page = await context.newPage();
                await page.setViewport(viewport);
                await page.goto(`${site.url}${path}`);
                await page.waitForFunction(ready, { timeout: 15_000 });
                await act?.(page);
                assert.equal(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), scheme === "dark");
                // The driver's own script: the pages' CSP does not apply to it.
                await page.evaluate(AXE_SOURCE);
                const violations = await page.evaluate(async (tags) => {
                    const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
                    return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
                }, AXE_TAGS);
                assert.deepEqual(violationLines(violations), []);
            } finally {
                await context.close();
            }
        });
    }
}
