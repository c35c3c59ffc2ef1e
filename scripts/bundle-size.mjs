// Sizes of what a first visit downloads (html + js + wasm + css + icon) from
// dist/: raw, gzip -9 and brotli q11. Used by the size test and the benchmark.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const BUDGET_GZIP_BYTES = 110 * 1000;
const FIRST_LOAD = /\.(html|js|wasm|css|svg)$/;

export function bundleSizes(dist = fileURLToPath(new URL("../dist", import.meta.url))) {
    const files = readdirSync(dist)
        .filter((f) => FIRST_LOAD.test(f))
        .map((name) => {
            const body = readFileSync(join(dist, name));
            return {
                name,
                raw: body.length,
                gzip: gzipSync(body, { level: 9 }).length,
                brotli: brotliCompressSync(body, {
                    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
                }).length,
            };
        });
    const total = (key) => files.reduce((sum, f) => sum + f[key], 0);
    return { files, total: { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") } };
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
    const { files, total } = bundleSizes();
    const row = (n, r, g, b) => console.log(`${n.padEnd(44)} ${String(r).padStart(9)} ${String(g).padStart(9)} ${String(b).padStart(9)}`);
    row("file", "raw", "gzip -9", "brotli 11");
    for (const f of files) row(f.name, f.raw, f.gzip, f.brotli);
    row("total", total.raw, total.gzip, total.brotli);
    console.log(`budget: gzip total ≤ ${BUDGET_GZIP_BYTES} bytes`);
}
