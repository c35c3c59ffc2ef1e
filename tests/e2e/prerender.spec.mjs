// Each page's first view arrives prerendered in its HTML (scripts/prerender.mjs)
// and the app takes it over when its wasm is live: nothing typed meanwhile
// is lost, a link's values appear with no flash of the default form and no
// layout shift, and without JavaScript the form shows with a notice.
import { test, expect } from "@playwright/test";
import { STATES } from "./helpers.mjs";

// Holds the wasm back until the returned function is called, so the
// clinician can type into the prerendered form before the app is live.
async function holdWasm(page) {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
        await held;
        await route.continue();
    });
    return release;
}

test("with JavaScript off, each page shows its form and says scoring needs JavaScript", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("index.html");
    await expect(page.locator("#ck-uln")).toBeVisible();
    await expect(page.locator("label[for=ck-uln]")).toHaveText("Upper limit of normal (U/L)");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "indeterminate");
    await expect(page.locator("#tis-category")).toHaveAttribute("data-category", "indeterminate");
    // (Playwright's text matchers skip <noscript>: read it directly.)
    await expect(page.locator("#app noscript")).toBeVisible();
    expect(await page.locator("#app noscript").textContent()).toContain("needs JavaScript and WebAssembly");
    await page.goto("cohort/");
    await expect(page.locator("#cohort-file")).toBeAttached();
    await page.goto("report/");
    await expect(page.locator("#values-heading")).toBeVisible();
    await context.close();
});

test("text typed before the app is live is kept and scored, with its focus and caret", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("index.html");
    await page.locator("#ck-uln").pressSequentially("200");
    await page.locator("#ck-baseline").pressSequentially("1200");
    await expect(page.locator("#ck-baseline")).toBeFocused();
    release();
    // The app is live once a keystroke updates the result.
    await page.locator("#ck-week24").fill("500");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-baseline=1200");
});

test("the caret stays where it was when the app takes over", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("index.html");
    const field = page.locator("#dssi-baseline");
    await field.pressSequentially("125");
    await field.press("ArrowLeft");
    release();
    await expect(page.locator("#dssi-status .reason")).toContainText("missing DSSI week 24");
    await expect(field).toBeFocused();
    expect(await field.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([2, 2]);
    await page.keyboard.type(".");
    await expect(field).toHaveValue("12.5");
});

test("a link's values appear with no flash of the default form and no layout shift", async ({ page }) => {
    await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        document.addEventListener("DOMContentLoaded", () => {
            window.__hiddenAtParse = getComputedStyle(document.getElementById("app")).visibility;
        });
    });
    await page.goto(`index.html${STATES.achieved}`);
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-uln")).toBeVisible();
    // The prerendered default form was never shown for a link.
    expect(await page.evaluate(() => window.__hiddenAtParse)).toBe("hidden");
    expect(await page.evaluate(() => document.documentElement.className)).toBe("");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.1);
});
