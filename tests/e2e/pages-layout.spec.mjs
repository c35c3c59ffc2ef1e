// The cohort, report and definitions pages at phone (390 and 280 px) and
// desktop sizes, filled with results: nothing scrolls sideways (wide tables
// scroll inside their own box), every control is at least 44×44 px, as on
// the calculator, and the heading, the content and the footer share one
// left edge.
import { test, expect } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { LAYOUTS, open, TODAY } from "./helpers.mjs";

const PATIENT = "#v=1&ck-uln=200&ck-baseline=1200&ck-week24=500&mmt-max=150&mmt-baseline=110&mmt-week24=125&dssi-baseline=12.5&dssi-week24=7";

const PAGES = {
    cohort: async (page) => {
        await page.goto("cohort/");
        await page.locator("#cohort-example").click();
        await expect(page.locator("#cohort-table tbody tr")).toHaveCount(8);
    },
    report: async (page) => {
        await page.goto(`report/?worksheet${PATIENT}`);
        await page.locator("#mmt8-baseline-deltoid-right").fill("12");
        await expect(page.locator("#chart-table")).toBeAttached();
    },
    definitions: async (page) => {
        await page.goto("definitions/");
    },
};

for (const [layout, viewport] of Object.entries(LAYOUTS)) {
    for (const [name, fill] of Object.entries(PAGES)) {
        test(`${name} page, ${layout}: no sideways scrolling, 44 px targets, one left edge`, async ({ page }) => {
            await page.setViewportSize(viewport);
            await fill(page);
            const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
            expect(width[0], "page width").toBeLessThanOrEqual(width[1]);
            const small = await page.evaluate(() =>
                [...document.querySelectorAll("input, select, button, a[href], summary, textarea")]
                    .map((el) => ({ el, r: el.getBoundingClientRect() }))
                    .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
                    .map(({ el, r }) => `${el.id || el.textContent.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`),
            );
            expect(small).toEqual([]);
            const edges = await page.evaluate(() =>
                ["h1", "main > *", "footer > *"].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().left)),
            );
            expect(new Set(edges).size, `left edges of the heading, the content and the footer: ${edges}`).toBe(1);
            await page.screenshot({ path: fileURLToPath(new URL(`artifacts/screens/${name}-${layout}.png`, import.meta.url)), fullPage: true });
        });
    }
}

// Narrower still: a 390 px phone zoomed to about 160 % (page zoom, or a
// large font size where the browser applies it as zoom). Every page, with
// every measure entered where it shows them, fits without sideways
// scrolling: a word wider than the screen breaks.
test("every page at 240 px, with every measure entered: no sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 240, height: 560 });
    const juvenile = TODAY.replace("population=adult", "population=juvenile&strength=cmas&cmas-baseline=30&cmas-week24=40");
    const pages = {
        calculator: () => open(page, juvenile),
        ...PAGES,
        report: async () => {
            await page.goto(`report/?worksheet${juvenile}`);
            await expect(page.locator("#value-cmas-week24")).toBeAttached();
        },
    };
    for (const [name, fill] of Object.entries(pages)) {
        await fill(page);
        const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(width[0], `the ${name} page is wider than the screen`).toBeLessThanOrEqual(width[1]);
    }
});

// On a phone the cohort's table is wider than the screen and scrolls in its
// own box. Scrolled to the verdict, each row's patient id is still beside
// it, on top of the columns scrolled under it, so no verdict is read
// against the wrong patient (H9). A short id keeps to one line; a long one
// wraps rather than covering the verdict.
const LONG_IDS = ["HOSPITAL-SITE-0003-PATIENT-000123-VISIT-2", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];

/// Scrolls the cohort's table to the first verdict and says, per row, the
/// id, its lines, and whether the id and the verdict are both in view.
async function scrolledToVerdict(page) {
    return page.locator("#cohort-table").locator("xpath=..").evaluate((el) => {
        el.scrollLeft = el.querySelector("tbody td[data-verdict]").offsetLeft - el.querySelector("tbody th").offsetWidth;
        if (el.scrollLeft === 0 || el.scrollWidth <= el.clientWidth) throw new Error("the table did not scroll sideways");
        const inView = (r) => {
            const edge = el.getBoundingClientRect();
            return r.left >= edge.left - 0.5 && r.right <= edge.right + 0.5;
        };
        return [...el.querySelectorAll("tbody tr")].map((tr) => {
            window.scrollBy(0, tr.getBoundingClientRect().top - innerHeight / 2);
            const th = tr.querySelector("th");
            const id = th.getBoundingClientRect();
            const verdict = tr.querySelector("td[data-verdict]").getBoundingClientRect();
            const onTop = document.elementFromPoint(id.left + 4, id.top + id.height / 2)?.closest("th") === th;
            const text = document.createRange();
            text.selectNodeContents(th);
            const lines = new Set([...text.getClientRects()].map((r) => Math.round(r.top))).size;
            return { id: th.textContent, lines, inView: inView(id) && onTop && inView(verdict) && verdict.left >= id.right - 1 };
        });
    });
}

test("the cohort's table scrolled sideways on a phone keeps each patient's id beside the verdict", async ({ page }) => {
    for (const layout of ["phone", "narrow"]) {
        await page.setViewportSize(LAYOUTS[layout]);
        await PAGES.cohort(page);
        const rows = await scrolledToVerdict(page);
        expect(rows).toHaveLength(8);
        for (const row of rows) expect(row, layout).toEqual({ id: row.id, lines: 1, inView: true });
    }
    await page.setViewportSize(LAYOUTS.phone);
    const rows = [...LONG_IDS, "SITE3-0042"].map((id) => `${id},200,1200,500`);
    await page.locator("#cohort-text").fill(`patient_id,ck-uln,ck-baseline,ck-week24\n${rows.join("\n")}\n`);
    await page.locator("#cohort-paste-score").click();
    await expect(page.locator("#cohort-table tbody tr")).toHaveCount(3);
    const [hyphenated, unbroken, short] = await scrolledToVerdict(page);
    for (const [long, id] of [[hyphenated, LONG_IDS[0]], [unbroken, LONG_IDS[1]]]) {
        expect(long.id).toBe(id);
        expect(long.lines, `${id} wraps`).toBeGreaterThan(1);
        expect(long.inView, `${id} leaves the verdict in view`).toBe(true);
    }
    expect(short).toEqual({ id: "SITE3-0042", lines: 1, inView: true });
});
