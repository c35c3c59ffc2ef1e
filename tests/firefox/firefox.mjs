// What the Firefox tests share: the release (dist/) served from a sub-path,
// as the Chromium tests serve it, and Debian's Firefox ESR, driven through
// WebDriver BiDi by puppeteer-core.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

export const root = fileURLToPath(new URL("../../", import.meta.url));
const firefox = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const prefix = "/clinic/tools/dm/";

/// Holds, in the calculator, once the app is live: the prerendered page
/// arrives with its buttons disabled, and the app's first render enables
/// them.
export const calculatorIsLive = () =>
    [...document.querySelectorAll("main button")].some((b) => b.textContent === "Clear all values" && !b.disabled);

/// Holds, on the cohort page, once the app is live: its file input
/// arrives disabled in the prerendered page.
export const cohortIsLive = () => document.getElementById("cohort-file")?.disabled === false;

/// Serves dist/ (scripts/serve-dist.mjs) on `port`; resolves, once it
/// answers, to its address and its process.
export async function serve(port) {
    const server = spawn("node", ["scripts/serve-dist.mjs", String(port), prefix], { cwd: root, stdio: "ignore" });
    const url = `http://127.0.0.1:${port}${prefix}`;
    for (let i = 0; i < 100; i++) {
        if (await fetch(url).then((r) => r.ok, () => false)) return { url, server };
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    server.kill();
    throw new Error(`the test server on port ${port} did not start`);
}

/// Starts Firefox ESR headless, with `prefs` set beside its own.
export async function launch(prefs = {}) {
    assert.ok(existsSync(firefox), `${firefox} is missing: the test command installs firefox-esr`);
    return puppeteer.launch({ browser: "firefox", executablePath: firefox, headless: true, extraPrefsFirefox: prefs });
}
