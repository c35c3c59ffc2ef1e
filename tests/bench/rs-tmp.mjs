import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const port = 4197;
const server = spawn("node", ["scripts/serve-dist.mjs", String(port), "/"], { cwd: "/work/main/", stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage();
page.on("console", (m) => m.text().includes("hrottl") && console.log("console:", m.text().slice(0, 100)));
await page.goto(`http://127.0.0.1:${port}/definitions/`);
const r = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 300; i++) {
        const t = performance.now();
        window.name = `dm-remission:pending\n#v=1\n#v=1&ck-uln=200&ck-baseline=1200&ck-week24=${i}`;
        out.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
    }
    const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(p * s.length)]; };
    return { first100_median: q(out.slice(0, 100), 0.5), first100_p95: q(out.slice(0, 100), 0.95), last100_median: q(out.slice(200), 0.5), last100_p95: q(out.slice(200), 0.95) };
});
console.log(JSON.stringify(r));
await browser.close(); server.kill();
