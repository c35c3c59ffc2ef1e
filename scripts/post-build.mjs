// Trunk post-build hook, run on the staged release before it becomes dist/:
//  1. minifies the wasm-bindgen JS glue (trunk's own minifier cannot parse
//     it) and the service-worker scripts, updating subresource integrity;
//  2. adds a strict Content-Security-Policy <meta>. Static hosts cannot set
//     headers; the one inline script (trunk's wasm loader) is allowed by its
//     sha256, which changes with every build, hence a hook.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const release = process.env.TRUNK_PROFILE === "release";
const indexFile = join(dir, "index.html");
let html = readFileSync(indexFile, "utf8");

const digest = (algorithm, text) => createHash(algorithm).update(text).digest("base64");

if (release) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
        const file = join(dir, name);
        const before = readFileSync(file, "utf8");
        const { code } = await minify(before, { module: !name.includes("sw"), ecma: 2020 });
        writeFileSync(file, code);
        // Keep trunk's integrity attribute (quoted or not, after trunk's
        // HTML minifier) true to the new bytes.
        html = html.replaceAll(`sha384-${digest("sha384", before)}`, `sha384-${digest("sha384", code)}`);
    }
}

const scriptHashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${digest("sha256", m[1])}'`,
);
const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
].join("; ");

if (html.includes("Content-Security-Policy")) throw new Error(`${indexFile} already has a CSP`);
html = html.replace(
    /<meta charset=["']?utf-8["']?\s*\/?>/i,
    (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policy}">`,
);
if (!html.includes("Content-Security-Policy")) throw new Error(`no <meta charset> in ${indexFile}`);
writeFileSync(indexFile, html);
