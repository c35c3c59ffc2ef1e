// Phone and desktop layouts: no sideways scrolling, 16 px inputs (no zoom on
// focus), 44 px tap targets; screenshots of every state in both schemes are
// kept in tests/e2e/artifacts/screens for a person to look at.
import { test, expect } from "@playwright/test";
import { open, STATES } from "./helpers.mjs";

const LAYOUTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

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
                        path: new URL(`artifacts/screens/${layout}-${state}-${scheme}.png`, import.meta.url).pathname,
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
