// A new release is picked up on the next online visit, with no refresh
// loop, and is what then works offline. Uses its own copy of dist/ and its
// own server, so the release can change under it.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const port = 4175;

test("the next online visit gets the new release; offline keeps the latest", async ({ page, context }) => {
    const dir = test.info().outputPath("site");
    cpSync(join(root, "dist"), dir, { recursive: true });
    // Its own server of the kind the run uses: the Node one, or nginx with
    // deploy/nginx.conf (both stopped by their pid below).
    const server = process.env.DM_SERVER === "nginx"
        ? spawn("bash", ["scripts/nginx-serve.sh", String(port), dir, "/"], { cwd: root, stdio: "ignore" })
        : spawn("node", ["scripts/serve-dist.mjs", String(port), "/", dir], { cwd: root, stdio: "ignore" });
    try {
        const url = `http://127.0.0.1:${port}/`;
        // Wait for the server to answer rather than for a fixed time.
        await expect
            .poll(() => fetch(url).then((r) => r.ok, () => false), { timeout: 15_000 })
            .toBe(true);
        await page.goto(url);
        await expect(page.locator("#verdict")).toBeVisible();
        await page.evaluate(() => navigator.serviceWorker.ready);
        await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

        // Ship "release 2": same assets, a new page.
        const index = join(dir, "index.html");
        writeFileSync(index, readFileSync(index, "utf8").replace(/<h1>[^<]*<\/h1>/, "<h1>Release two</h1>"));
        // A release ships its pre-compressed copies too (here: none).
        rmSync(`${index}.gz`, { force: true });
        rmSync(`${index}.br`, { force: true });

        await page.reload();
        await expect(page.locator("h1")).toHaveText("Release two");
        await expect(page.locator("#verdict")).toBeVisible();
        // The worker stores the new page as it passes through.
        await expect
            .poll(() => page.evaluate(async () => (await (await caches.match("./"))?.text())?.includes("Release two")))
            .toBe(true);

        await context.setOffline(true);
        await page.reload();
        await expect(page.locator("h1")).toHaveText("Release two");
        await page.locator("#dssi-baseline").fill("10");
        await page.locator("#dssi-week24").fill("5");
        await expect(page.locator("#verdict")).toHaveAttribute("data-verdict", "achieved");
    } finally {
        await context.setOffline(false);
        server.kill();
    }
});
