// Each page's first view arrives prerendered in its HTML (scripts/prerender.mjs)
// and the app takes it over when its wasm is live: nothing typed meanwhile
// is lost, a link's values appear with no flash of the default form and no
// layout shift, without JavaScript the form shows with a notice, and should
// the app never start (WebAssembly blocked or not loaded) the page says so.
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
    // (The notice for an app that never started is for JavaScript on.)
    await expect(page.locator("#stalled")).toBeHidden();
    await page.goto("cohort/");
    await expect(page.locator("#cohort-file")).toBeAttached();
    // What only the app can do is not offered.
    await expect(page.locator("#cohort-file")).toBeDisabled();
    await expect(page.locator("#cohort-example")).toBeDisabled();
    await page.goto("report/");
    await expect(page.locator("#copy-summary")).toBeDisabled();
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
    // Typed while the app takes over: kept whichever form it lands in.
    await page.locator("#ck-week24").fill("500");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-baseline=1200");
});

test("a button pressed before the app is live is not lost: it is enabled with the app", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("cohort/");
    await expect(page.locator("#cohort-example")).toBeDisabled();
    await expect(page.locator("#cohort-text")).toBeDisabled();
    release();
    await page.locator("#cohort-example").click();
    await expect(page.locator("#cohort-status")).toContainText("synthetic example: 8 patients");
});

test("a choice made before the app is live is made again in it", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("index.html");
    await page.locator("#ck-unit").selectOption("ukat/L");
    await page.locator("#mmt-scale").selectOption("80");
    release();
    // The preset fills the scale maximum once the app acts on the choice.
    await expect(page.locator("#mmt-max")).toHaveValue("80");
    await expect(page.locator("#ck-unit")).toHaveValue("ukat/L");
    await expect(page.locator("label[for=ck-uln]")).toHaveText("Upper limit of normal (µkat/L)");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("mmt-max=80");
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
    // Every frame until the app has applied the link, as painted: whether
    // the form is visible and what its CK ULN field holds. (One look at a
    // fixed moment would race the app, which may be live before the
    // document's DOMContentLoaded.)
    await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        window.__frames = [];
        const sample = () => {
            const app = document.getElementById("app");
            const uln = document.getElementById("ck-uln");
            if (app && uln) window.__frames.push([getComputedStyle(app).visibility, uln.value]);
            if (uln?.value !== "200" && window.__frames.length < 2000) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
    });
    await page.goto(`index.html${STATES.achieved}`);
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-uln")).toBeVisible();
    // The prerendered default form was never shown for a link.
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter(([visibility, uln]) => visibility === "visible" && uln !== "200")).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.className)).toBe("");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.1);
});

test("a host that sends the wasm with another type still gets a working calculator", async ({ page }) => {
    // Streaming compilation needs application/wasm; the loader then
    // compiles from the bytes instead.
    await page.route(/_bg\.wasm$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ status: 200, contentType: "application/octet-stream", body: await response.body() });
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("index.html");
    await page.locator("#ck-uln").fill("200");
    await page.locator("#ck-baseline").fill("1200");
    await page.locator("#ck-week24").fill("500");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    expect(errors).toEqual([]);
});

test("each page's blocking script comes after its stylesheets and preloads, so no fetch waits for it", async ({ page }) => {
    // Chromium starts the fetches after a parser-blocking script only once
    // it has run: before the stylesheets, it cost the first paint a round
    // trip (BENCHMARKS.md).
    for (const path of ["index.html", "cohort/", "report/"]) {
        await page.goto(path);
        const order = await page.evaluate(() =>
            [...document.head.children]
                .map((element) =>
                    element.matches("script[src]:not([async]):not([defer]):not([type=module])") ? "blocking"
                        : element.matches("link[rel=stylesheet], link[rel=preload], link[rel=modulepreload]") ? "fetch" : null)
                .filter(Boolean));
        expect(order.filter((kind) => kind === "blocking"), path).toHaveLength(1);
        expect(order.at(-1), path).toBe("blocking");
        expect(order.filter((kind) => kind === "fetch").length, path).toBeGreaterThanOrEqual(3);
    }
});

/// The names in Chromium's accessibility tree, as a screen reader gets it.
async function accessibleNames(page) {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    await cdp.detach();
    return nodes.filter((node) => !node.ignored).map((node) => node.name?.value);
}

test("a browser that blocks WebAssembly is told, on each page, that nothing there is scored", async ({ page }) => {
    // (As iPhone Lockdown Mode or a managed browser's policy does.) The
    // prerendered form would otherwise take typing and show its empty result
    // as if scoring had run.
    await page.goto("index.html");
    await expect(page.getByRole("button", { name: "Clear all values" })).toBeEnabled();
    await expect(page.locator("#stalled")).toBeHidden();
    await page.addInitScript(() => delete window.WebAssembly);
    for (const path of ["index.html", "cohort/", "report/"]) {
        await page.goto(path);
        await expect(page.getByRole("alert"), path).toHaveText(/could not start.*nothing on this page is scored/);
        await expect(page.locator("#app"), path).toHaveJSProperty("inert", true);
    }
    await page.goto("index.html");
    await expect(page.getByRole("alert")).toBeVisible();
    await page.locator("#ck-uln").click({ force: true });
    await page.keyboard.type("200");
    await expect(page.locator("#ck-uln")).toHaveValue("");
    // The form and its stale result are out of the accessibility tree.
    const names = await accessibleNames(page);
    expect(names).toContain("Dermatomyositis: partial remission at week 24");
    expect(names).not.toContain("Creatine kinase (CK/CPK)");
    expect(names).not.toContain("Not yet determinable");
});

test("a wasm that fails to download leaves the page saying so", async ({ page }) => {
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto("index.html");
    await expect(page.getByRole("alert")).toContainText("could not start");
    await expect(page.locator("#app")).toHaveJSProperty("inert", true);
    expect(await accessibleNames(page)).not.toContain("Clear all values");
});
