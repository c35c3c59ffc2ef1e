// The single-file build (scripts/single-file.mjs) opened from file://, as
// from a file share, a USB stick or an e-mail attachment: it scores a
// patient with no server, fetches nothing, breaks no CSP rule and says which
// release it is; should the browser block WebAssembly, it says so.
import { test, expect } from "@playwright/test";
import { existsSync } from "node:fs";

const file = new URL("../../dist/single-file/dermatomyositis-calculator.html", import.meta.url);

test("the single file scores a patient from file:// with no request and a strict CSP", async ({ page }) => {
    expect(existsSync(file), "run scripts/single-file.mjs (the test command does)").toBe(true);
    const requests = [];
    const problems = [];
    page.on("request", (r) => r.url().startsWith("file:") || requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective));
    });
    await page.goto(file.href);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    await expect(page.locator("#single-file-release")).toContainText(/Single-file edition, release [0-9a-f]+/);
    await expect(page.locator("footer")).toContainText("Rules 2026.4");

    await page.locator("#ck-uln").fill("200");
    await page.locator("#ck-baseline").fill("1200");
    await page.locator("#ck-week24").fill("500");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    await expect(page.locator("#ck-status")).toContainText("CK fell 58.3 % from 1200 to 500 U/L");
    await expect(page.locator("#tis-category")).toHaveAttribute("data-category", "indeterminate");
    // The values are kept in the address, as on the site.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-baseline=1200");
    await page.reload();
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    await expect(page.locator("#open-report")).toBeHidden();

    expect(requests).toEqual([]);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(problems).toEqual([]);
});

test("the single file says so when the browser blocks WebAssembly", async ({ page }) => {
    // (As iPhone Lockdown Mode does, to a file opened from an e-mail.)
    await page.addInitScript(() => delete window.WebAssembly);
    await page.goto(file.href);
    await expect(page.getByRole("alert")).toHaveText(/could not start.*nothing on this page is scored/);
    await expect(page.locator("#app")).toHaveJSProperty("inert", true);
});
