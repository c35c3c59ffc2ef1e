// Size regression test: first-load transfer of the release build stays within
// budget (issue 4). Sizes are deterministic for a given build, so this can
// fail for real and never flakes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bundleSizes, BUDGET_GZIP_BYTES } from "../../scripts/bundle-size.mjs";

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

test("only one wasm and one js bundle ship", () => {
    const { files } = bundleSizes();
    assert.equal(files.filter((f) => f.name.endsWith(".wasm")).length, 1);
    assert.equal(files.filter((f) => f.name.endsWith(".js")).length, 1);
});
