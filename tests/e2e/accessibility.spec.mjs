// Accessibility in a real browser: axe-core in every state and colour
// scheme, keyboard-only use, labels, error wiring and the live region.
import { test, expect } from "@playwright/test";
import { axeViolations } from "./axe.mjs";
import { holdTimers, open, runHeldTimers, FIELDS, STATES } from "./helpers.mjs";


for (const scheme of ["light", "dark"]) {
    for (const [state, fragment] of Object.entries(STATES)) {
        test(`axe finds no WCAG violations: ${state}, ${scheme}`, async ({ page }) => {
            await page.emulateMedia({ colorScheme: scheme });
            await open(page, fragment);
            expect(await axeViolations(page)).toEqual([]);
        });
    }
}

// Today's criteria open and worked, on a phone too.
for (const scheme of ["light", "dark"]) {
    test(`axe finds no WCAG violations: today's criteria on a phone, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, STATES["today's criteria"]);
        await expect(page.locator("#tis-detail")).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
    });
}

// The definitions page: static text, no script.
for (const scheme of ["light", "dark"]) {
    test(`axe finds no WCAG violations: the definitions page, ${scheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto("definitions/");
        await expect(page.locator("h1")).toHaveText("Definitions of the inputs");
        expect(await axeViolations(page)).toEqual([]);
    });
}

test("keyboard only: tab order is CK → MMT → DSSI → today's criteria and a full patient can be entered", async ({ page }) => {
    await open(page);
    const order = [];
    for (let i = 0; i < 16; i++) {
        await page.keyboard.press("Tab");
        order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
    }
    expect(order.slice(0, 12)).toEqual([
        "ck-unit", "ck-uln", "ck-baseline", "ck-week24",
        "mmt-scale", "mmt-max", "mmt-baseline", "mmt-week24",
        "dssi-baseline", "dssi-week24",
        // The collapsed section of today's criteria: its summary only.
        "Today's criteria: ACR/EULAR 2016 TIS and IMACS 2004 DOI",
        "Clear all values",
    ]);
    expect(order[12]).toBe("open-report");
    expect(order[13]).toBe("open-worksheet");
    expect(order[14]).toContain("Read the article");
    expect(order[15]).toContain("Score a whole cohort");

    // Start again from the top and type a patient without the mouse.
    await page.locator("#ck-unit").focus(); // unit: leave U/L
    for (const value of ["200", "1200", "700"]) {
        await page.keyboard.press("Tab");
        await page.keyboard.type(value);
    }
    await page.keyboard.press("Tab"); // MMT scale: choose the one-side preset
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#mmt-max")).toHaveValue("80");
    await page.keyboard.press("Tab"); // maximum stays 80
    for (const value of ["40", "62"]) {
        await page.keyboard.press("Tab");
        await page.keyboard.type(value);
    }
    for (const value of ["10", "9"]) {
        await page.keyboard.press("Tab");
        await page.keyboard.type(value);
    }
    await expect(page.locator("#ck-status")).toHaveAttribute("data-status", "not_met");
    await expect(page.locator("#mmt-status")).toHaveAttribute("data-status", "met");
    await expect(page.locator("#dssi-status")).toHaveAttribute("data-status", "not_met");
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");

    // Past today's criteria (collapsed), the clear button works from the
    // keyboard too.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.locator("#ck-uln")).toHaveValue("");
});

test("keyboard focus is visible on every control", async ({ page }) => {
    await open(page);
    for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        const outline = await page.evaluate(() => {
            const s = getComputedStyle(document.activeElement);
            return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
        expect(outline.style).not.toBe("none");
        expect(outline.width).toBeGreaterThanOrEqual(2);
    }
});

test("each input's accessible name includes its unit or range", async ({ page }) => {
    await open(page);
    const expected = {
        "ck-uln": "U/L", "ck-baseline": "U/L", "ck-week24": "U/L",
        "mmt-max": "points", "mmt-baseline": "0–150", "mmt-week24": "0–150",
        "dssi-baseline": "0–72", "dssi-week24": "0–72",
    };
    for (const id of FIELDS) {
        await expect(page.locator(`#${id}`)).toHaveAccessibleName(new RegExp(expected[id]));
    }
    await page.locator("#ck-unit").selectOption("ukat/L");
    await expect(page.locator("#ck-week24")).toHaveAccessibleName(/µkat\/L/);
});

test("a field error is tied to its input", async ({ page }) => {
    await open(page);
    await page.locator("#ck-uln").fill("1,200");
    const input = page.locator("#ck-uln");
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(/no thousands separator/);
    await input.fill("200");
    await expect(input).not.toHaveAttribute("aria-invalid", "true");
    await expect(input).not.toHaveAccessibleDescription(/no thousands separator/);
});

test("the live region announces a result once, not on every keystroke", async ({ page }) => {
    await open(page, STATES.indeterminate);
    const region = page.locator("[aria-live=polite]");
    await expect(region).toHaveCount(1);
    await expect(region).toContainText("No criterion is met so far");
    await page.evaluate(() => {
        window.liveChanges = [];
        const el = document.querySelector("[aria-live=polite]");
        new MutationObserver(() => window.liveChanges.push(el.textContent)).observe(el, {
            childList: true, subtree: true, characterData: true,
        });
    });
    // The quiet period (announce.rs, QUIET_MS) is held while the test
    // types: on a busy machine the test's own round trips between two keys
    // could outlast it. Each keystroke still restarts it.
    await holdTimers(page, 800);
    // One typed sequence, moving on with Tab as a typist does.
    await page.locator("#dssi-baseline").focus();
    await page.keyboard.type("12.5", { delay: 60 });
    await page.keyboard.press("Tab");
    await expect(page.locator("#dssi-week24")).toBeFocused();
    await page.keyboard.type("5", { delay: 60 });
    await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    expect(await page.evaluate(() => window.liveChanges)).toEqual([]);
    expect(await runHeldTimers(page)).toBe(1);
    await expect(region).toContainText("met by DSSI");
    await page.waitForTimeout(1200);
    const changes = await page.evaluate(() => window.liveChanges);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toContain("Partial remission achieved at week 24: met by DSSI.");
    expect(changes[0]).toContain("MMT: not met");
});
