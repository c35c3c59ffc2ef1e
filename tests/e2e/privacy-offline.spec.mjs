// The promises of issue 5, each checked so that breaking it fails a test:
// nothing typed leaves the tab or is stored, the CSP holds, and the page
// loads and scores offline after one visit.
import { test, expect } from "@playwright/test";
import { open } from "./helpers.mjs";
import { PATIENT, leaks, storedInTab } from "./privacy.mjs";

async function typePatient(page) {
    for (const [id, value] of Object.entries(PATIENT)) await page.locator(`#${id}`).fill(value);
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
}

test("a full session makes only same-origin GETs that carry no typed value", async ({ page, context, baseURL }) => {
    const requests = [];
    context.on("request", (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() ?? "" }));
    await open(page);
    await typePatient(page);
    await page.locator("#ck-unit").selectOption("ukat/L");
    await page.locator("#mmt-scale").selectOption("80");
    await page.locator("#ck-uln").fill("1,200");
    await page.waitForTimeout(400); // let the address settle, as a user would
    await page.reload();
    await expect(page.locator("#ck-baseline")).toHaveValue("1234.5");
    await page.waitForTimeout(300);

    expect(requests.length).toBeGreaterThan(3);
    const origin = new URL(baseURL).origin;
    for (const r of requests) {
        // The fragment is never sent; what is sent is everything before it.
        const sent = r.url.split("#")[0];
        expect(r.method, r.url).toBe("GET");
        expect(new URL(sent).origin, r.url).toBe(origin);
        expect(leaks(sent + r.body), r.url).toEqual([]);
    }
});

test("no cookie, no storage, and no typed value in the offline cache", async ({ page }) => {
    await open(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await typePatient(page);
    // The tab's note of the last keystroke is cleared a second after the
    // address takes it (platform::NOTE_KEPT_MS).
    await expect.poll(() => page.evaluate(() => window.name)).toBe("");
    const stored = await page.evaluate(storedInTab);
    expect(stored.tabName).toBe("");
    expect(stored.cookie).toBe("");
    expect(stored.local).toBe(0);
    expect(stored.session).toBe(0);
    expect(stored.databases).toBe(0);
    expect(stored.cacheEntries).toBeGreaterThan(3);
    expect(leaks(stored.cacheText)).toEqual([]);
    expect((await page.context().cookies()).length).toBe(0);
});

test("the CSP is strict and nothing violates it during a full session", async ({ page }) => {
    await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
            window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors = await open(page, "#v=1&dssi-baseline=%3Cimg%20src%3Dx%3E");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    for (const directive of [
        "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval';", "style-src 'self'",
        "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ]) {
        expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-inline");
    // No inline script at all: the wasm loader is a file of its own.
    expect(await page.locator("script:not([src])").count()).toBe(0);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
    await typePatient(page);
    await page.locator("#mmt-scale").selectOption("custom");
    await page.locator("#mmt-max").fill("90");
    await page.getByRole("button", { name: "Clear all values" }).click();
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
});

test("after one visit the page loads and scores with the network off, and the definitions open", async ({ page, context }) => {
    await open(page);
    await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        // Wait until install has cached the shell, wasm included.
        for (let i = 0; i < 100; i++) {
            const keys = await caches.open("dm-remission-shell").then((c) => c.keys());
            if (keys.some((r) => r.url.endsWith(".wasm"))) return;
            await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error("shell never cached");
    });
    await context.setOffline(true);
    await page.reload();
    await typePatient(page);
    // A fresh tab, still offline.
    const second = await context.newPage();
    await second.goto(page.url().split("#")[0]);
    await expect(second.locator("#verdict")).toHaveAttribute("data-verdict", "indeterminate");
    // The definitions, linked from every page, were cached with it.
    const definitions = await second.goto(new URL("definitions/", page.url()).href);
    expect(definitions.ok()).toBe(true);
    await expect(second.locator("h1")).toHaveText("Definitions of the inputs");
    await context.setOffline(false);
});

test("the offline cache waits for a pause in the typing, then installs", async ({ page }) => {
    // Keys from the moment the form is shown, 100 ms apart for 3 s, so
    // never a second's pause after the page's load, however late it comes.
    await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => {
        window.__registeredWhileTyping = (async () => {
            for (let i = 0; i < 30; i++) {
                // The prerendered field, then the app's, which replaces it.
                const input = document.getElementById("ck-baseline");
                input.value = String(1000 + i);
                input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            return (await navigator.serviceWorker.getRegistration()) !== undefined;
        })();
    }));
    await open(page);
    expect(await page.evaluate(() => window.__registeredWhileTyping)).toBe(false);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect(page.locator("#ck-baseline")).toHaveValue("1029");
});

test("a web app manifest makes it installable", async ({ page, baseURL }) => {
    await open(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = await (await page.request.get(new URL(href, baseURL).href)).json();
    expect(manifest.start_url).toBe("./");
    expect(manifest.display).toBe("standalone");
    expect(manifest.icons.length).toBeGreaterThan(0);
    const icon = await page.request.get(new URL(manifest.icons[0].src, new URL(href, baseURL)).href);
    expect(icon.ok()).toBe(true);
});
