// The calculator as one .html file — script, wasm and styles inside it —
// for clinics whose IT will not host anything: it works opened from a file
// share, a USB stick or an e-mail attachment (file://). Its CSP allows
// exactly its own inline script and style by their sha256 and nothing else
// (no fetch at all); its footer names the release it was built from.
// Usage: node scripts/single-file.mjs (after scripts/build.sh); writes
// dist/single-file/dermatomyositis-calculator.html.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minify } from "terser";
import { shortenImports } from "./wasm-imports.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const out = join(dist, "single-file");
const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

// The calculator's wasm as cargo built it for the page, bound as a classic
// script (a global `wasm_bindgen`), then optimised as the page's is.
const tmp = mkdtempSync(join(tmpdir(), "dm-single-"));
const raw = join(root, "target/wasm32-unknown-unknown/wasm-release/dm-remission.wasm");
execFileSync("wasm-bindgen", ["--target", "no-modules", "--no-typescript", "--out-dir", tmp, raw]);
// The page's own wasm-opt parameters, read from index.html so the two never
// drift apart.
const pageParams = readFileSync(join(root, "index.html"), "utf8").match(/data-wasm-opt-params="([^"]*)"/);
if (!pageParams) throw new Error("index.html has no data-wasm-opt-params to optimise the single file's wasm with");
execFileSync("wasm-opt", ["-Oz", ...pageParams[1].split(" ").filter(Boolean), "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals",
    join(tmp, "dm-remission_bg.wasm"), "-o", join(tmp, "opt.wasm")]);
// The imports' names shortened in both, as for the site (scripts/wasm-imports.mjs).
const shortened = shortenImports(
    readFileSync(join(tmp, "opt.wasm")),
    (await minify(readFileSync(join(tmp, "dm-remission.js"), "utf8"), { ecma: 2020 })).code,
);
const glue = shortened.glue;
const wasm = shortened.wasm.toString("base64");
rmSync(tmp, { recursive: true });
// Should the app never start (WebAssembly blocked, as by iPhone Lockdown
// Mode), the page says so, as the site's loader does.
const start = `wasm_bindgen({module_or_path:Uint8Array.from(atob("${wasm}"),c=>c.charCodeAt(0))}).catch(e=>{document.getElementById("app").inert=!0;document.getElementById("stalled").hidden=!1;throw e});`;

// Which release: the commit it was built from, when there is one.
let release = "unknown";
try {
    release = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
} catch {}
const built = new Date().toISOString().slice(0, 10);

let html = readFileSync(join(dist, "index.html"), "utf8");
const css = readFileSync(join(dist, readdirSync(dist).find((f) => /^style-[0-9a-f]+\.css$/.test(f))), "utf8")
    // The other pages belong to the full site: their links are left out here.
    + "#open-report,#open-worksheet,.screen-only a[href^='./']{display:none}";
html = html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
    .replace(/<script[^>]*src=[^>]*><\/script>/g, "")
    .replace(/<link[^>]*>/g, "")
    .replace("</head>", `<style>${css}</style></head>`)
    .replace("</body>", `<script>${glue}</script><script>${start}</script></body>`)
    .replace(
        /(<footer[^>]*>)/,
        `$1<p id=single-file-release>Single-file edition, release ${release} (built ${built}); the report, cohort and definitions pages are part of the full site.</p>`,
    );
const policy = [
    "default-src 'none'",
    `script-src ${sha256(glue)} ${sha256(start)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
].join("; ");
html = html.replace(/<meta charset=["']?utf-8["']?\s*\/?>/i, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
if (!html.includes(policy)) throw new Error("no <meta charset> to put the policy after");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "dermatomyositis-calculator.html"), html);
console.log(`single file: ${join(out, "dermatomyositis-calculator.html")} (${html.length} bytes)`);
