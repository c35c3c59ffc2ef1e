import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const root = "/work/main/";
const port = 4199;
const server = spawn("node", ["scripts/serve-dist.mjs", String(port), "/"], { cwd: root, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
try {
  for (const frag of ["#v=1&ck-uln=200&ck-baseline=1200&ck-week24=500", process.argv[2] ?? ""]) {
    if (!frag) continue;
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html${frag}`);
    await page.locator("#verdict").waitFor();
    const lat = await page.evaluate(async (count) => {
        const input = document.getElementById("ck-week24");
        const out = []; let t0 = 0; let rendered = null;
        new MutationObserver(() => { if (rendered) { out.push(performance.now() - t0); rendered(); rendered = null; } })
            .observe(document.querySelector(".results"), { childList: true, subtree: true, characterData: true, attributes: true });
        const values = ["50", "5", "", "4", "45", "450", "45", "457", "4578", "45780"];
        for (let i = 0; i < count; i++) {
            const done = new Promise((r) => { rendered = r; });
            input.value = values[i % values.length]; t0 = performance.now();
            input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
            await done; await new Promise((r) => setTimeout(r, 5));
        }
        return out;
    }, 400);
    console.log(frag.slice(0, 30), "median", q(lat, 0.5).toFixed(2), "p95", q(lat, 0.95).toFixed(2), "p99", q(lat, 0.99).toFixed(2));
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
