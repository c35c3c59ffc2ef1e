// Phone (390 px, and the narrowest in common use, 280 px) and desktop
// layouts: no sideways scrolling, 16 px inputs (no zoom on focus), 44 px
// tap targets; screenshots of every state in both schemes are kept in
// tests/e2e/artifacts/screens for a person to look at.
import { test, expect } from "@playwright/test";
import { FIELDS, LAYOUTS, open, STATES } from "./helpers.mjs";
import { fileURLToPath } from "node:url";

for (const [layout, viewport] of Object.entries(LAYOUTS)) {
    test.describe(`${layout} ${viewport.width}×${viewport.height}`, () => {
        test.use({ viewport });

        for (const [state, fragment] of Object.entries(STATES)) {
            test(`fits, is legible and tappable: ${state}`, async ({ page }) => {
                await open(page, fragment);
                const overflow = await page.evaluate(() => ({
                    scroll: document.documentElement.scrollWidth,
                    client: document.documentElement.clientWidth,
                }));
                expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);

                const sizes = await page.evaluate(() =>
                    [...document.querySelectorAll("input, select, button, a[href]")].map((el) => {
                        const r = el.getBoundingClientRect();
                        return {
                            what: el.id || el.textContent.trim().slice(0, 30),
                            width: r.width,
                            height: r.height,
                            font: parseFloat(getComputedStyle(el).fontSize),
                            tag: el.tagName,
                        };
                    }),
                );
                for (const s of sizes) {
                    expect(s.width, `${s.what} width`).toBeGreaterThanOrEqual(44);
                    expect(s.height, `${s.what} height`).toBeGreaterThanOrEqual(44);
                    if (s.tag !== "A") expect(s.font, `${s.what} font`).toBeGreaterThanOrEqual(16);
                }

                for (const scheme of ["light", "dark"]) {
                    await page.emulateMedia({ colorScheme: scheme });
                    await page.screenshot({
                        // Beside this file, wherever Playwright is run from.
                        path: fileURLToPath(new URL(`artifacts/screens/${layout}-${state}-${scheme}.png`, import.meta.url)),
                        fullPage: true,
                    });
                }
            });
        }
    });
}

for (const [layout, viewport] of Object.entries(LAYOUTS)) {
    test(`${layout}: nothing visibly jumps while the app loads (CLS < 0.1)`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.addInitScript(() => {
            window.__shift = 0;
            new PerformanceObserver((list) => {
                for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
            }).observe({ type: "layout-shift", buffered: true });
        });
        await open(page, STATES.achieved);
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.1);
    });
}

test.describe("the verdict in view while typing", () => {
    test("phone: the three definitions' summary stays in view, clear of the field being typed in", async ({ page }) => {
        await page.setViewportSize(LAYOUTS.phone);
        await open(page, STATES.indeterminate);
        const bar = page.locator(".definitions");
        for (const id of ["ck-uln", "mmt-week24", "dssi-week24"]) {
            const field = page.locator(`#${id}`);
            await field.click();
            await field.pressSequentially("1");
            const [barBox, fieldBox] = [await bar.boundingBox(), await field.boundingBox()];
            // In the viewport, at its bottom…
            expect(barBox.y + barBox.height).toBeLessThanOrEqual(LAYOUTS.phone.height + 0.5);
            expect(barBox.y).toBeGreaterThan(LAYOUTS.phone.height / 2);
            // …and never over the field being typed in.
            expect(fieldBox.y + fieldBox.height, `${id} is covered`).toBeLessThanOrEqual(barBox.y);
            expect(fieldBox.y).toBeGreaterThanOrEqual(0);
        }
        await expect(bar).toContainText("Partial remission at week 24 (Chung 2007):");
        await expect(bar.locator("#tis-category")).toBeVisible();
        // The summary is text, not a second live region.
        expect(await bar.getAttribute("aria-live")).toBeNull();
        await expect(page.locator("[aria-live]")).toHaveCount(1);
        // Scrolling to the end never leaves content hidden under it.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const footer = await page.locator("footer p").last().boundingBox();
        expect(footer.y + footer.height).toBeLessThanOrEqual((await bar.boundingBox()).y);
    });

    // From the keyboard (Tab, or a phone keyboard's "next"), the browser
    // scrolls each field into view itself. The summary is 7 lines or more
    // on a phone, so a fixed allowance for it once left the last field of
    // a group under it; its height now decides (register-sw.js).
    for (const viewport of [{ width: 320, height: 568 }, { width: 300, height: 650 }, LAYOUTS.phone]) {
        test(`phone ${viewport.width}×${viewport.height}: each field reached with Tab is clear of the summary, while typing too`, async ({ page }) => {
            await page.setViewportSize(viewport);
            await open(page, STATES["today's criteria"]);
            const bar = page.locator(".definitions");
            await page.locator("#ck-uln").focus();
            const reached = [];
            for (let step = 0; step < 60; step++) {
                const focused = await page.evaluate(() => {
                    const el = document.activeElement;
                    return el.closest("form.inputs") && { id: el.id || el.tagName, typed: el.matches("input[inputmode]") };
                });
                if (!focused) break;
                reached.push(focused.id);
                // A key changes the definitions' verdicts, and the summary's height with them.
                if (focused.typed) await page.keyboard.type("5");
                const [barTop, field] = [(await bar.boundingBox()).y, await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON())];
                expect(field.bottom, `${focused.id} is under the summary`).toBeLessThanOrEqual(barTop);
                expect(field.top, `${focused.id} is above the screen`).toBeGreaterThanOrEqual(0);
                await page.keyboard.press("Tab");
            }
            expect(reached).toEqual(expect.arrayContaining([...FIELDS, "pga-week24", "enzyme-week24", "extra-week24"]));
        });
    }

    test("desktop: the result column is beside the form; the summary stays in it", async ({ page }) => {
        await page.setViewportSize(LAYOUTS.desktop);
        await open(page, STATES.achieved);
        expect(await page.locator(".definitions").evaluate((el) => getComputedStyle(el).position)).toBe("static");
        await page.locator("#ck-week24").click();
        await page.locator("#ck-week24").pressSequentially("0");
        await expect(page.locator("#verdict")).toBeInViewport();
        const [form, verdict] = [await page.locator("form.inputs").boundingBox(), await page.locator("#verdict").boundingBox()];
        expect(verdict.x).toBeGreaterThan(form.x + form.width);
    });
});
