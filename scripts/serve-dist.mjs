// Serves the release build (dist/) on 127.0.0.1 with the right MIME types,
// optionally under a sub-path, to show the page works from any sub-path.
// Usage: node scripts/serve-dist.mjs [port] [/sub/path/] [directory]
// (the directory defaults to dist/; tests pass a copy to stage a release).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const port = Number(process.argv[2] ?? 8080);
const prefix = process.argv[3] ?? "/";
const root = resolve(process.argv[4] ?? fileURLToPath(new URL("../dist", import.meta.url)));
const types = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".wasm": "application/wasm",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".webmanifest": "application/manifest+json",
};

createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/" && prefix !== "/") {
        res.writeHead(302, { location: prefix }).end();
        return;
    }
    if (!path.startsWith(prefix) || (req.method !== "GET" && req.method !== "HEAD")) {
        res.writeHead(404).end("not found");
        return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
    }
    if (path.endsWith("/")) file = join(file, "index.html");
    try {
        const body = await readFile(file);
        res.writeHead(200, {
            "content-type": types[extname(file)] ?? "application/octet-stream",
            "cache-control": "no-cache",
        });
        res.end(req.method === "HEAD" ? undefined : body);
    } catch {
        res.writeHead(404).end("not found");
    }
}).listen(port, "127.0.0.1", () => {
    console.log(`Serving dist/ at http://127.0.0.1:${port}${prefix}`);
});
