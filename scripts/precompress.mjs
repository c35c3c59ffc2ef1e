// Writes a .gz (gzip -9) and a .br (brotli 11) copy beside every text file
// and wasm of a built site, for servers that send pre-compressed files
// (deploy/nginx.conf: gzip_static, brotli_static). Usage: node
// scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const COMPRESSIBLE = /\.(html|js|wasm|css|svg|webmanifest)$/;

function walk(dir) {
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (COMPRESSIBLE.test(name)) {
            const body = readFileSync(path);
            writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
            writeFileSync(`${path}.br`, brotliCompressSync(body, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            }));
        }
    }
}

walk(process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url)));
