// The same end-to-end tests, through Debian's nginx and deploy/nginx.conf
// (scripts/nginx-serve.sh), under a sub-path: the headers, the service
// worker, the CSP as a header, offline use and the update path proven
// under the real server. Playwright stops nginx, by its pid, at the end.
import base from "./playwright.config.mjs";
import { defineConfig } from "@playwright/test";

const port = 4180;
const prefix = "/clinic/tools/dm/";

export default defineConfig({
    ...base,
    testIgnore: [],
    testMatch: [
        "headers.spec.mjs",
        "calculator.spec.mjs",
        "today.spec.mjs",
        "link.spec.mjs",
        "privacy-offline.spec.mjs",
        "release.spec.mjs",
        "safety.spec.mjs",
        "report.spec.mjs",
        "cohort.spec.mjs",
    ],
    reporter: [["list"], ["json", { outputFile: "artifacts/results-nginx.json" }]],
    outputDir: "artifacts/output-nginx",
    use: { ...base.use, baseURL: `http://127.0.0.1:${port}${prefix}` },
    metadata: { server: "nginx" },
    webServer: {
        command: `bash scripts/nginx-serve.sh ${port} dist ${prefix}`,
        cwd: "../..",
        url: `http://127.0.0.1:${port}${prefix}`,
        reuseExistingServer: false,
        timeout: 20_000,
        env: { DM_SERVER: "nginx" },
    },
});
