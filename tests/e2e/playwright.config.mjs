// End-to-end tests against the release build in Debian's Chromium, served
// from a sub-path to prove the page's asset URLs are relative.
import { defineConfig } from "@playwright/test";

const port = 4173;
export const prefix = "/clinic/tools/dm/";

export default defineConfig({
    testDir: ".",
    testMatch: "*.spec.mjs",
    // The production headers are checked through nginx only
    // (playwright.nginx.config.mjs).
    testIgnore: ["headers.spec.mjs"],
    timeout: 30_000,
    workers: 2,
    retries: 0,
    outputDir: "artifacts/output",
    reporter: [["list"], ["json", { outputFile: "artifacts/results.json" }]],
    use: {
        baseURL: `http://127.0.0.1:${port}${prefix}`,
        launchOptions: {
            executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
            args: [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
            ],
        },
    },
    webServer: {
        command: `node scripts/serve-dist.mjs ${port} ${prefix}`,
        cwd: "../..",
        url: `http://127.0.0.1:${port}${prefix}`,
        reuseExistingServer: false,
        timeout: 20_000,
    },
});
