// The page and the dmscore CLI score the same cases the same way.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { open, linkFor, statuses, verdict } from "./helpers.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cases = JSON.parse(readFileSync(`${root}tests/cases.json`, "utf8"));
const dmscore = process.env.DMSCORE ?? `${root}target/release/dmscore`;

for (const c of cases) {
    test(`page and CLI agree: ${c.name}`, async ({ page }) => {
        const cli = JSON.parse(execFileSync(dmscore, { input: JSON.stringify(c.input) }).toString());
        const cliStatuses = Object.fromEntries(
            Object.entries(cli.criteria).map(([k, v]) => [k, v.status]),
        );
        expect(cli.verdict).toBe(c.verdict);
        expect(cliStatuses).toEqual(c.status);

        await open(page, linkFor(c.input));
        expect(await verdict(page)).toBe(c.verdict);
        expect(await statuses(page)).toEqual(c.status);
        for (const [k, v] of Object.entries(cli.criteria)) {
            await expect(page.locator(`#${k}-status .reason`)).toHaveText(v.reason);
        }
    });
}
