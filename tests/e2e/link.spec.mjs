// The shareable link (CONTRACT §3) and the page served from a sub-path.
import { test, expect } from "@playwright/test";
import { holdAddressWrites, holdTimers, open, putOffYewTurns, reloadFromPage, runHeldTimers, statuses, typeBurst, verdict } from "./helpers.mjs";

const contractLink =
    "#v=1&ck-unit=U%2FL&ck-uln=200&ck-baseline=1200&ck-week24=500&mmt-max=150&mmt-baseline=110&mmt-week24=135";

test("the contract's example link fills the form and shows the result", async ({ page }) => {
    const errors = await open(page, contractLink);
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    await expect(page.locator("#mmt-week24")).toHaveValue("135");
    await expect(page.locator("#dssi-baseline")).toHaveValue("");
    expect(await verdict(page)).toBe("achieved");
    expect(await statuses(page)).toEqual({ ck: "met", mmt: "met", dssi: "not_entered" });
    expect(errors).toEqual([]);
});

test("typing updates the link, and reloading restores every field, invalid text included", async ({ page }) => {
    await open(page);
    await page.locator("#ck-uln").fill("200");
    await page.locator("#ck-baseline").fill("1,200");
    await page.locator("#dssi-week24").fill(" 4.50 ");
    await page.locator("#ck-unit").selectOption("ukat/L");
    // The address follows once typing settles; wait for the last edit.
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-unit=ukat%2FL");
    const hash = await page.evaluate(() => location.hash);
    expect(hash.startsWith("#v=1&")).toBe(true);
    expect(hash).toContain("ck-baseline=1%2C200");
    await page.reload();
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#ck-baseline")).toHaveValue("1,200");
    await expect(page.locator("#ck-baseline-error")).toContainText("no thousands separator");
    await expect(page.locator("#dssi-week24")).toHaveValue(" 4.50 ");
    await expect(page.locator("#ck-unit")).toHaveValue("ukat/L");
});

test("a bad value in a link shows its field error; unknown keys are ignored", async ({ page }) => {
    await open(page, "#v=1&ck-unit=mg%2FdL&dssi-baseline=abc&unknown=1&mmt-week24=%ZZ");
    await expect(page.locator("#ck-unit-error")).toContainText("must be U/L or ukat/L");
    await expect(page.locator("#ck-unit")).toHaveValue("mg/dL");
    await expect(page.locator("#dssi-baseline-error")).toContainText("is not a plain number");
    await expect(page.locator("#mmt-week24-error")).toContainText("is not a plain number");
    await expect(page.locator("#mmt-max")).toHaveValue("150");
});

test("a hostile link renders no markup and keeps working", async ({ page }) => {
    const script = encodeURIComponent('<img src=x onerror="window.pwned=1"><b>x</b>');
    await open(page, `#v=1&dssi-baseline=${script}&ck-uln=${"9".repeat(5000)}`);
    await expect(page.locator("#dssi-baseline-error")).toBeVisible();
    await expect(page.locator("#ck-uln-error")).toContainText("upper limit of normal");
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
    await expect(page.locator("img")).toHaveCount(0);
});

test("a link with 10 000 parameters and broken escapes opens promptly and stays usable", async ({ page }) => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `k${i}=%E0%A4%A${i % 10}`).join("&");
    const started = Date.now();
    await open(page, `#v=1&${junk}&ck-uln=%&ck-baseline=1200&ck-week24=%25`);
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    await expect(page.locator("#ck-uln-error")).toContainText("is not a plain number");
    await expect(page.locator("#ck-week24-error")).toContainText("is not a plain number");
    expect(Date.now() - started).toBeLessThan(5_000);
    await page.locator("#ck-uln").fill("200");
    await page.locator("#ck-week24").fill("500");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
});

test("editing the fragment in the address bar updates the form", async ({ page }) => {
    await open(page);
    await page.evaluate((h) => { location.hash = h; }, contractLink);
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
});

test("a link to the address an edit just replaced, opened at once, is applied", async ({ page }) => {
    // The page notes each edit's address for a second after writing it, for
    // a reload; a link opened in the tab is not a reload, even when it
    // leads to the address the edit replaced.
    const errors = await open(page, contractLink);
    await page.locator("#ck-baseline").fill("1300");
    await expect(page).toHaveURL(/ck-baseline=1300/);
    await page.evaluate((h) => { location.hash = h; }, contractLink);
    await expect(page.locator("#ck-baseline")).toHaveValue("1200");
    await expect(page).toHaveURL(/ck-baseline=1200/);
    expect(errors).toEqual([]);
});

test("every asset loads from the page's own sub-path", async ({ page, baseURL }) => {
    const urls = [];
    page.on("request", (r) => urls.push(r.url()));
    await open(page);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url.startsWith(baseURL)).toBe(true);
    expect(urls.some((u) => u.endsWith(".wasm"))).toBe(true);
});

test("reloading straight after typing loses nothing", async ({ page }) => {
    await open(page);
    await page.locator("#ck-uln").fill("200");
    await page.locator("#dssi-week24").fill("4.5");
    await reloadFromPage(page); // no pause: what the address has not yet taken is in the tab's name
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#dssi-week24")).toHaveValue("4.5");
});

test("a reload that comes before the address is written still restores the last keystroke", async ({ page }) => {
    await open(page);
    await page.locator("#ck-uln").fill("200");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-uln=200");
    await holdAddressWrites(page);
    await typeBurst(page, "ck-uln", ["25", "250"]);
    expect(await page.evaluate(() => location.hash)).toContain("ck-uln=200");
    await reloadFromPage(page);
    await expect(page.locator("#ck-uln")).toHaveValue("250");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-uln=250");
    await expect.poll(() => page.evaluate(() => window.name)).toBe("");
});

test("a reload that takes the address from just before its write still restores the last keystroke", async ({ page }) => {
    await open(page);
    // The browser learns of an address write a moment after the page does;
    // a reload it starts in between reloads the address from before.
    await holdTimers(page, 1000); // the note's clearing (platform::NOTE_KEPT_MS), held
    await page.locator("#ck-uln").fill("200");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("ck-uln=200&");
    const before = await page.evaluate(() => location.hash);
    await page.locator("#dssi-week24").fill("4.5");
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("dssi-week24=4.5");
    await Promise.all([
        page.waitForEvent("load"),
        page.evaluate((hash) => {
            history.replaceState(null, "", hash);
            setTimeout(() => location.reload(), 0);
        }, before),
    ]);
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#dssi-week24")).toHaveValue("4.5");
});

test("a burst of keys writes the address at its start and its end, not per key", async ({ page }) => {
    await page.addInitScript(() => {
        window.__writes = 0;
        const replace = history.replaceState.bind(history);
        history.replaceState = (...args) => { window.__writes += 1; return replace(...args); };
    });
    await open(page);
    // The page's own first write done, count from here.
    await expect.poll(() => page.evaluate(() => window.name)).toBe("");
    await page.evaluate(() => (window.__writes = 0));
    // Ten keys 5 ms apart by the page's clock, each in a task of its own
    // and scored at once. The clock is ours and the burst's timer is held,
    // so a busy machine cannot end the burst early: the first key is written
    // at once, the other nine only when the burst ends.
    await holdAddressWrites(page);
    const written = await page.evaluate(async () => {
        const input = document.getElementById("ck-uln");
        const now = Date.now;
        let at = now() + 1000; // well clear of the page's own last save
        Date.now = () => at;
        const written = [];
        try {
            for (const value of ["2", "20", "200", "2000", "200", "20", "2", "", "2", "25"]) {
                input.value = value;
                input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
                await new Promise((resolve) => queueMicrotask(resolve)); // the app renders first
                await new Promise((resolve) => setTimeout(resolve, 0)); // then a lone key's write
                written.push(window.__writes);
                at += 5;
            }
            return written;
        } finally {
            Date.now = now;
        }
    });
    expect(written).toEqual(Array(10).fill(1));
    expect(await page.evaluate(() => location.hash)).toContain("ck-uln=2&");
    await expect(page.locator("#ck-status .reason")).not.toContainText("upper limit");
    expect(await runHeldTimers(page)).toBe(1);
    expect(await page.evaluate(() => location.hash)).toContain("ck-uln=25&");
    expect(await page.evaluate(() => window.__writes)).toBe(2);
    await expect.poll(() => page.evaluate(() => window.name)).toBe("");
});

test("a keystroke is kept by a reload even when yew has not rendered it yet", async ({ page }) => {
    await open(page);
    await putOffYewTurns(page);
    // Yew's work is held from the first key on, so the second key is queued
    // behind it: in the page's state, not yet on the page.
    await page.locator("#ck-uln").fill("200");
    await page.locator("#dssi-week24").fill("4.5");
    expect(await page.locator("#open-report").getAttribute("href")).not.toContain("dssi-week24=4.5");
    expect(await page.evaluate(() => window.__heldTurns.length)).toBeGreaterThan(0);
    await reloadFromPage(page);
    await expect(page.locator("#ck-uln")).toHaveValue("200");
    await expect(page.locator("#dssi-week24")).toHaveValue("4.5");
});

test("the address is written at once when the page is hidden, and a reload still restores", async ({ page }) => {
    await open(page);
    await holdAddressWrites(page); // only hiding the page can write a burst now
    await typeBurst(page, "ck-uln", ["3", "300"]);
    expect(await page.evaluate(() => location.hash)).not.toContain("ck-uln=300");
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
    expect(await page.evaluate(() => location.hash)).toContain("ck-uln=300");
    await typeBurst(page, "ck-uln", ["35", "350"]);
    await reloadFromPage(page);
    await expect(page.locator("#ck-uln")).toHaveValue("350");
});

test("a keystroke is kept by a reload even when yew puts off its effects", async ({ page }) => {
    await open(page);
    await putOffYewTurns(page); // effects included
    await page.locator("#ck-uln").fill("275");
    // Yew may still have been in the middle of earlier work, its next turn
    // held with the keystroke queued behind it: give it held turns, oldest
    // first, until the keystroke is rendered, and not one more, so its
    // effects stay put off.
    await expect
        .poll(() =>
            page.evaluate(() => {
                if (!document.querySelector("#ck-status .reason").textContent.includes("upper limit")) return "rendered";
                const turn = window.__heldTurns.shift();
                if (!turn) return "nothing left to run";
                turn();
                return "ran a turn";
            }),
        )
        .toBe("rendered");
    expect(await page.evaluate(() => window.__heldTurns.length)).toBeGreaterThan(0); // the effects, put off
    await reloadFromPage(page);
    await expect(page.locator("#ck-uln")).toHaveValue("275");
});
