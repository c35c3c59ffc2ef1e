// Trunk post-build hook, run on the staged release before it becomes dist/:
//  1. minifies the wasm-bindgen JS glue (trunk's own minifier cannot parse
//     it) and the service-worker scripts, updating subresource integrity,
//     and shortens the names the wasm imports the glue's functions by
//     (scripts/wasm-imports.mjs), naming both files after their new bytes;
//     the wasm's preload drops trunk's integrity attribute, which the
//     renaming makes stale and Chromium ignores there anyway;
//  2. moves trunk's inline wasm loader into a hashed file of its own
//     (loader-<hash>.js, with its integrity; it also takes the prerendered
//     view over, or says the app could not start), so the page has no inline
//     script and one static policy fits every page and every build — as a
//     <meta> here, and as an HTTP header on servers that can send one
//     (deploy/nginx.conf);
//  3. puts the one parser-blocking script last in <head>, after the
//     stylesheets and preloads, so that every fetch starts before it runs;
//  4. adds that strict Content-Security-Policy <meta> (CSP below).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { CSP } from "./csp.mjs";
import { shortenImports } from "./wasm-imports.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const release = process.env.TRUNK_PROFILE === "release";
const indexFile = join(dir, "index.html");
let html = readFileSync(indexFile, "utf8");

const digest = (algorithm, text) => createHash(algorithm).update(text).digest("base64");
// Subresource integrity by SHA-256, as each page's trunk links ask
// (`data-integrity`): one of the hashes the SRI specification lists, as
// trunk's default SHA-384 is, and as sound a check on files the page's own
// server sends, in 20 fewer characters per file that no compression can
// take back.
const SRI = "sha256";
// (Trunk copies that request onto a stylesheet's link; browsers ignore it.)
html = html.replace(/\s+data-integrity=["']?\w+["']?/g, "");

if (release) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
        let file = join(dir, name);
        const before = readFileSync(file, "utf8");
        // (The service worker has a global scope of its own: its names
        // can be short too.)
        let { code } = await minify(before, { module: !name.includes("sw"), toplevel: name === "sw.js", ecma: 2020 });
        // The glue beside its wasm: the imports' names shortened in both.
        const stem = name.slice(0, -".js".length);
        const wasmFile = join(dir, `${stem}_bg.wasm`);
        if (existsSync(wasmFile)) {
            const shortened = shortenImports(readFileSync(wasmFile), code);
            new WebAssembly.Module(shortened.wasm); // (throws if it is not valid)
            code = shortened.glue;
            // New bytes under a new name: hosts keep a hashed file for a year
            // (deploy/nginx.conf), so trunk's name, a hash of the bytes
            // before, must not now hold other bytes.
            const hash = createHash("sha256").update(code).update(shortened.wasm).digest("hex").slice(0, 16);
            const renamed = `${stem.replace(/-[0-9a-f]+$/, "")}-${hash}`;
            rmSync(file);
            rmSync(wasmFile);
            writeFileSync(join(dir, `${renamed}_bg.wasm`), shortened.wasm);
            file = join(dir, `${renamed}.js`);
            html = html.replaceAll(`${stem}.js`, `${renamed}.js`).replaceAll(`${stem}_bg.wasm`, `${renamed}_bg.wasm`);
        }
        writeFileSync(file, code);
        // Keep trunk's integrity attribute (quoted or not, after trunk's
        // HTML minifier) true to the new bytes.
        html = html.replaceAll(`${SRI}-${digest(SRI, before)}`, `${SRI}-${digest(SRI, code)}`);
    }
}

// The inline module script trunk writes to start the wasm becomes a file:
// only what starts the page (trunk's global and start event are unused),
// plus the takeover of the prerendered first view (scripts/prerender.mjs).
// The file is an async module, so the wasm starts compiling as soon as the
// loader arrives, alongside the parse and first layout of the prerendered
// page (measured: BENCHMARKS.md); the takeover waits for the whole document.
// Once the wasm is compiled, and just before the app starts: any text field
// of the prerendered form whose text is no longer its default (typed before
// the app was live) goes into the address — the contract's keys are the
// fields' ids — which the app reads like any link; once it has applied it,
// the form a link hid is shown (register-sw.js) and the focus and caret go
// back to the field that had them. Should the app never start, the page's
// #stalled notice says so and the prerendered view goes inert.
const takeover = (glue, wasm) => `
import { initSync } from "${glue}";
// (Compiled from the bytes when a host sends the wasm with another type. In
// an async function, so a browser without WebAssembly rejects it too.)
const compiling = (async () => WebAssembly.compileStreaming(fetch("${wasm}")))().catch(() =>
    fetch("${wasm}").then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)));
if (document.readyState === "loading") await new Promise((parsed) => document.addEventListener("DOMContentLoaded", parsed, { once: true }));
const app = document.getElementById("app");
let chosen, caret;
try {
    const compiled = await compiling;
    const typed = [...app.querySelectorAll("input[id]")].filter((field) => field.value !== field.defaultValue);
    if (typed.length) {
        const link = new URLSearchParams(location.hash.slice(1));
        for (const field of typed) link.set(field.id, field.value);
        history.replaceState(null, "", "#" + link);
    }
    // A choice made meanwhile is made again in the app, which may act on it
    // (a scale preset fills the scale maximum).
    chosen = [...app.querySelectorAll("select[id]")].filter((field) => !field.selectedOptions[0]?.defaultSelected);
    const focused = document.activeElement;
    caret = focused.id && app.contains(focused) && [focused.id, focused.selectionStart, focused.selectionEnd];
    // Synchronous from here, so nothing typed is left behind in the
    // prerendered form while the module is instantiated.
    initSync({ module: compiled });
} catch (error) {
    // The app never started (WebAssembly blocked, as by iPhone Lockdown Mode
    // or a managed browser's policy, or the wasm not loaded): the page says
    // so, and its prerendered form and empty result no longer pass for a
    // working calculator.
    app.inert = true;
    document.getElementById("stalled").hidden = false;
    throw error;
}
// After the app's first render, which already shows the address (its
// first state reads it): yew renders in a microtask queued by the start,
// before this await resumes, and never yields to the browser before every
// component's first render is done. Still in the task that replaced the
// form, so no keystroke can reach the page before the focus is back.
await null;
document.documentElement.classList.remove("linked");
for (const { id, value } of chosen) {
    const field = document.getElementById(id);
    if (field) field.value = value;
    field?.dispatchEvent(new Event("change", { bubbles: true }));
}
if (caret) {
    // (A select or a button has no caret.)
    const field = document.getElementById(caret[0]);
    field?.focus();
    if (caret[1] != null) field?.setSelectionRange(caret[1], caret[2]);
}
`;
html = html.replace(/<script type=["']?module["']?>([\s\S]*?)<\/script>/, (_, trunkLoader) => {
    const glue = trunkLoader.match(/from\s*['"](\.\/[\w.-]+\.js)['"]/)?.[1];
    const wasm = trunkLoader.match(/module_or_path:\s*['"](\.\/[\w.-]+\.wasm)['"]/)?.[1];
    if (!glue || !wasm) throw new Error(`unexpected trunk loader in ${indexFile}: ${trunkLoader}`);
    return `\u0000LOADER${glue}\u0000${wasm}\u0000`;
});
const placeholder = /\u0000LOADER([^\u0000]+)\u0000([^\u0000]+)\u0000/;
const [, glueName, wasmName] = html.match(placeholder) ?? [];
if (glueName) {
    const { code } = await minify(takeover(glueName, wasmName), { module: true, ecma: 2020 });
    const name = `loader-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
    writeFileSync(join(dir, name), code);
    html = html.replace(placeholder, `<script type=module async src=./${name} integrity=${SRI}-${digest(SRI, code)}></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`${indexFile} still has an inline script`);

// The wasm's preload (as=fetch) loses trunk's integrity attribute: it hashes
// the wasm before its imports were renamed above, Chromium ignores it there
// (and says so in the console on every load), and the loader's own fetch,
// which the preload serves, never asked for it.
html = html.replace(/<link\b[^>]*\bas=["']?fetch\b[^>]*>/g, (link) => link.replace(/\s+integrity=["']?sha\d+-[\w+/=]+["']?/, ""));

// A script that blocks the parser (register-sw.js, which must run before
// the first paint) goes last in <head>: Chromium starts the fetches after
// it only once it has run, so placed before the stylesheets it cost the
// first paint a round trip (BENCHMARKS.md). Last, it is fetched alongside
// the stylesheets, the glue and the wasm, and still runs before the body.
const blocking = /<script(?![^>]*\s(?:async|defer|type=["']?module)\b)[^>]*\ssrc=[^>]*><\/script>\s*/g;
const headEnd = html.indexOf("</head>");
if (headEnd < 0) throw new Error(`no </head> in ${indexFile}`);
const head = html.slice(0, headEnd);
html = head.replace(blocking, "") + (head.match(blocking) ?? []).join("") + html.slice(headEnd);

if (html.includes("Content-Security-Policy")) throw new Error(`${indexFile} already has a CSP`);
html = html.replace(
    /<meta charset=["']?utf-8["']?\s*\/?>/i,
    (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
);
if (!html.includes("Content-Security-Policy")) throw new Error(`no <meta charset> in ${indexFile}`);
writeFileSync(indexFile, html);
