// Size regression test: first-load transfer of the release build stays within
// budget (issue 4), and the build's byte savers stay in place. Sizes are
// deterministic for a given build, so this can fail for real and never flakes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { bundleSizes, BUDGET_GZIP_BYTES } from "../../scripts/bundle-size.mjs";
import { fileURLToPath } from "node:url";

test("first load (html + js + wasm + css) is within the gzip budget", () => {
    const { files, total } = bundleSizes();
    for (const kind of [".html", ".js", ".wasm", ".css"]) {
        assert.ok(files.some((f) => f.name.endsWith(kind)), `dist/ has a ${kind} file; run trunk build first`);
    }
    assert.ok(
        total.gzip <= BUDGET_GZIP_BYTES,
        `gzip total ${total.gzip} bytes exceeds the budget of ${BUDGET_GZIP_BYTES}: ${JSON.stringify(files)}`,
    );
});

test("the first load is exactly the expected files, nothing duplicated", () => {
    const expected = [
        /^dm-remission-[0-9a-f]+\.js$/,
        /^dm-remission-[0-9a-f]+_bg\.wasm$/,
        /^icon\.svg$/,
        /^index\.html$/,
        /^loader-[0-9a-f]+\.js$/,
        /^register-sw\.js$/,
        /^style-[0-9a-f]+\.css$/,
        /^sw\.js$/,
    ];
    const names = bundleSizes().files.map((f) => f.name).sort();
    assert.equal(names.length, expected.length, `unexpected files: ${names.join(", ")}`);
    names.forEach((name, i) => assert.match(name, expected[i]));
});

/** Each page's built wasm: `{ page, path, bytes }`, `page` as `dist/report/`. */
function pageWasms() {
    const root = fileURLToPath(new URL("../../dist/", import.meta.url));
    return ["", "report/", "cohort/"].map((dir) => {
        const wasm = readdirSync(root + dir).find((f) => f.endsWith("_bg.wasm"));
        assert.ok(wasm, `dist/${dir} has a wasm; run scripts/build.sh first`);
        return { page: `dist/${dir}`, path: root + dir + wasm, bytes: readFileSync(root + dir + wasm) };
    });
}

test("each page's wasm imports its glue's functions by short names, and both are named after their bytes", () => {
    for (const { page, path, bytes } of pageWasms()) {
        const glue = readFileSync(path.replace(/_bg\.wasm$/, ".js"), "utf8");
        const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
        assert.ok(imports.length > 50, `${path} imports only ${imports.length} functions`);
        for (const { name } of imports) {
            assert.match(name, /^[a-zA-Z]{1,2}$/, `${path} imports ${name}`);
            assert.match(glue, new RegExp(`[{,]${name}:`), `the glue of ${page} has no key ${name}`);
        }
        assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, `${page} glue keeps a long import name`);
        // Named after the bytes they now hold (hosts keep hashed files for a
        // year), not after trunk's bytes before the renaming.
        const hash = createHash("sha256").update(glue).update(bytes).digest("hex").slice(0, 16);
        assert.match(path, new RegExp(`-${hash}_bg\\.wasm$`), `${path} is not named after its bytes`);
    }
});

test("each page's wasm, and the single file's, ships without the build's metadata sections", () => {
    // Browsers ignore custom sections; the toolchain's name and feature
    // records would be downloaded for nothing (wasm-opt strips them).
    const single = fileURLToPath(new URL("../../dist/single-file/dermatomyositis-calculator.html", import.meta.url));
    const inlined = readFileSync(single, "utf8").match(/atob\("([A-Za-z0-9+/=]+)"\)/);
    assert.ok(inlined, `${single} holds its wasm in base64; run scripts/single-file.mjs first`);
    const wasms = [...pageWasms(), { path: single, bytes: Buffer.from(inlined[1], "base64") }];
    for (const { path, bytes } of wasms) {
        const module = new WebAssembly.Module(bytes);
        for (const section of ["producers", "target_features", "name"]) {
            assert.equal(WebAssembly.Module.customSections(module, section).length, 0, `${path} has a ${section} section`);
        }
    }
});

test("each page's wasm names its source files alike on any machine", () => {
    // The paths of the places that could panic are kept in the wasm. The
    // build maps the machine's own folders (where cargo keeps crates.io's
    // sources, the toolchain's rust-src) to names that are the same
    // everywhere, so the budget above holds on any machine, not only on
    // one with this machine's home folder (scripts/build.sh).
    for (const { path, bytes } of pageWasms()) {
        const sources = bytes.toString("latin1").match(/[\w./-]+\.rs\b/g) ?? [];
        assert.ok(sources.length > 10, `${path} names only ${sources.length} source files`);
        for (const source of sources) {
            assert.ok(!source.startsWith("/") || /^\/rustc\/[0-9a-f]{40}\/|^\/rust\/deps\//.test(source), `${path} names ${source}`);
        }
    }
});
