// The production headers (deploy/nginx.conf, deploy/dm-remission-headers.conf)
// per file type, through Debian's nginx: security headers on every
// response, caching by kind of file, the wasm type, pre-compressed bodies.
// Runs only through nginx (tests/e2e/playwright.nginx.config.mjs).
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HEADER_CSP, CSP } from "../../scripts/csp.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const headersFile = join(root, "deploy/dm-remission-headers.conf");
const dist = join(root, "dist");
const hashed = (pattern) => readdirSync(dist).find((f) => pattern.test(f));

/// Every file type of the site, with the caching it must get.
const FILES = () => [
    { path: "", type: "text/html", cache: "no-cache" },
    { path: "report/", type: "text/html", cache: "no-cache" },
    { path: "definitions/", type: "text/html", cache: "no-cache" },
    { path: hashed(/^dm-remission-[0-9a-f]+_bg\.wasm$/), type: "application/wasm", cache: "public, max-age=31536000, immutable" },
    { path: hashed(/^dm-remission-[0-9a-f]+\.js$/), type: "javascript", cache: "public, max-age=31536000, immutable" },
    { path: hashed(/^loader-[0-9a-f]+\.js$/), type: "javascript", cache: "public, max-age=31536000, immutable" },
    { path: hashed(/^style-[0-9a-f]+\.css$/), type: "text/css", cache: "public, max-age=31536000, immutable" },
    { path: "sw.js", type: "javascript", cache: "no-cache" },
    { path: "register-sw.js", type: "javascript", cache: "no-cache" },
    { path: "manifest.webmanifest", type: "application/manifest+json", cache: "no-cache" },
    { path: "icon.svg", type: "image/svg+xml", cache: "no-cache" },
];

const SECURITY = {
    "content-security-policy": HEADER_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
};

/// What is wrong with the headers of every file type at `base` (empty when
/// nothing is).
async function problems(base) {
    const found = [];
    for (const file of FILES()) {
        const r = await fetch(`${base}${file.path}`, { headers: { "accept-encoding": "br, gzip" } });
        const h = (name) => r.headers.get(name) ?? "";
        if (r.status !== 200) found.push(`${file.path}: status ${r.status}`);
        for (const [name, value] of Object.entries(SECURITY)) {
            if (h(name) !== value) found.push(`${file.path}: ${name} is ${JSON.stringify(h(name))}`);
        }
        const policy = h("permissions-policy");
        for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) {
            if (!policy.includes(feature)) found.push(`${file.path}: permissions-policy lacks ${feature}`);
        }
        if (!h("content-type").includes(file.type)) found.push(`${file.path}: content-type ${h("content-type")}`);
        if (h("cache-control") !== file.cache) found.push(`${file.path}: cache-control ${h("cache-control")}`);
        if (h("content-encoding") !== "br") found.push(`${file.path}: content-encoding ${h("content-encoding")}`);
        if (h("strict-transport-security")) found.push(`${file.path}: HSTS sent over plain http`);
    }
    return found;
}

test("every file type gets the security headers, its caching, its type and a compressed body", async ({ baseURL }) => {
    expect(await problems(baseURL)).toEqual([]);
    // gzip for a browser without brotli, and the wasm type on the gzip body.
    const wasm = await fetch(`${baseURL}${hashed(/_bg\.wasm$/)}`, { headers: { "accept-encoding": "gzip" } });
    expect(wasm.headers.get("content-encoding")).toBe("gzip");
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
});

test("the header policy is the pages' own policy plus frame-ancestors", async ({ page, baseURL }) => {
    expect(HEADER_CSP).toBe(`${CSP}; frame-ancestors 'none'`);
    await page.goto(baseURL);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", CSP);
    // The page cannot be framed by another origin's page (or its own).
    const framed = await page.evaluate(
        (src) => new Promise((resolve) => {
            const frame = document.createElement("iframe");
            frame.src = src;
            frame.onload = () => {
                try { resolve(frame.contentDocument?.querySelector("#app") ? "shown" : "blocked"); } catch { resolve("blocked"); }
            };
            document.body.append(frame);
            setTimeout(() => resolve("blocked"), 3000);
        }),
        `${baseURL}definitions/`,
    );
    expect(framed).toBe("blocked");
});

test("removing any header from the configuration makes the check fail", async () => {
    test.setTimeout(60_000);
    const lines = readFileSync(headersFile, "utf8").split("\n");
    const headerLines = lines.filter((l) => l.startsWith("add_header"));
    expect(headerLines.length).toBeGreaterThanOrEqual(6);
    let port = 4190;
    for (const line of headerLines) {
        const without = test.info().outputPath(`headers-${port}.conf`);
        writeFileSync(without, lines.filter((l) => l !== line).join("\n"));
        port += 1;
        const nginx = spawn("bash", ["scripts/nginx-serve.sh", String(port), "dist", "/", without], { cwd: root, stdio: "ignore" });
        try {
            const base = `http://127.0.0.1:${port}/`;
            await expect.poll(() => fetch(base).then((r) => r.ok, () => false), { timeout: 10_000 }).toBe(true);
            const found = await problems(base);
            const name = line.split(/\s+/)[1].toLowerCase();
            expect(found.some((p) => p.includes(name)), `without ${name} the check must fail`).toBe(true);
        } finally {
            nginx.kill();
        }
    }
});
