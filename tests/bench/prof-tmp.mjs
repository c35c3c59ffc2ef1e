import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
const port = 4198;
const server = spawn("node", ["scripts/serve-dist.mjs", String(port), "/"], { cwd: "/work/main/", stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/index.html#v=1&ck-uln=200&ck-baseline=1200&ck-week24=500`);
await page.locator("#verdict").waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
await page.evaluate(async () => {
    const input = document.getElementById("ck-week24");
    const values = ["50", "5", "", "4", "45", "450", "45", "457", "4578", "45780"];
    for (let i = 0; i < 400; i++) {
        input.value = values[i % values.length];
        input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        await new Promise((r) => setTimeout(r, 2));
    }
});
const { profile } = await cdp.send("Profiler.stop");
// Self time per function name.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
    const n = byId.get(id); const name = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000).toFixed(1).padStart(8), "ms", (100 * v / total).toFixed(1).padStart(5), "%", k);
await browser.close(); server.kill();
