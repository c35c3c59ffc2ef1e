// The page scores random patients as the spec's text does: the second
// reading of the spec that tests/oracle/ holds the CLI to, here through the
// contract's links, so the wasm build answers to it too.
import { test, expect } from "@playwright/test";
import { open } from "./helpers.mjs";
import { COLUMNS, patients } from "../oracle/patients.mjs";
import { doi, partialRemission, tis } from "../oracle/spec-oracle.mjs";

/** Other patients than the CLI's default seed. */
const SEED = 20261203;
const COUNT = 20;

test("the page scores random patients as the spec's text does", async ({ context }) => {
    test.setTimeout(120_000);
    for (const [index, p] of patients(SEED, COUNT).entries()) {
        const params = new URLSearchParams({ v: "1" });
        for (const [id, text] of COLUMNS) params.set(id, text(p));
        const about = `patient ${index} of seed ${SEED}: #${params}`;
        // A new tab each time: a link that differs only after # would not
        // load the page again.
        const page = await context.newPage();
        const errors = await open(page, `#${params}`);

        const seed = partialRemission(p);
        await expect(page.locator("#verdict"), about).toHaveAttribute("data-verdict", seed.verdict);
        for (const [id, c] of Object.entries(seed.criteria)) {
            await expect(page.locator(`#${id}-status`), about).toHaveAttribute("data-status", c.status);
        }
        const score = tis(p);
        await expect(page.locator("#tis-category"), about).toHaveAttribute("data-category", score.category);
        const whole = score.missing.length === 0 ? String(score.scoreMin) : "";
        await expect(page.locator("#tis-score"), about).toHaveAttribute("data-score", whole);
        await expect(page.locator("#doi-status"), about).toHaveAttribute("data-status", doi(p).status);
        expect(errors, about).toEqual([]);
        await page.close();
    }
});
