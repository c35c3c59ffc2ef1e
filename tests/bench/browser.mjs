// Browser timings of the release build in headless Chromium (issues 4, 12):
//  - navigation → first input in the DOM and accepting text, → the whole
//    form painted (and the browser's first contentful paint), and for the
//    app → the first verdict after typing (a value typed into the form as
//    soon as it exists, until the result reflects it); median of 20 cold
//    loads, for the app and for a static HTML page with the same form (the
//    app's own rendered markup and stylesheet, no script), same run, loaded
//    in turn, so each ratio is also given as the median of the ratios of
//    loads made side by side; and the same, 10 loads each, with every
//    request answered 100 ms later (a slow network); beside them, the
//    static twin with one empty script loaded as the app's loader is (a
//    module, async, in <head>): when it runs is the earliest a verdict
//    computed by a script so loaded could come, under a policy with no
//    inline script;
//  - input event → updated result, median and p95 over 200 keystrokes,
//    5 ms apart (the figure earlier runs reported) and 50 ms apart (still
//    faster than people type: the browser's work after a keystroke, such as
//    painting and the address write, ends before the next one), typed as
//    soon as the app is live;
//    and 5 ms apart again once the page has settled (its offline cache
//    installed, a second later), apart from the first second's one-off work
//    (V8 compiling the hot wasm functions again, optimised, on the other
//    core, and the offline cache's install); and the live burst once more
//    under a trace, for each key's CPU time on the page's thread beside its
//    wall time: what the page did, apart from the time it waited for a core;
//  - the cohort page: choosing a 100 000-row CSV → counts and first page
//    rendered, median of 5 (tests/bench/cohort-csv.mjs writes the file).
// The twin and the in-page probes are in probes.mjs, which
// firefox-timings.mjs uses to take the same figures in Firefox.
// Prints one JSON object. Expects dist/ to be built.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { writeCohort } from "./cohort-csv.mjs";
import {
    COHORT_RUNS, KEYSTROKES, KEYSTROKE_PAGE, LOADS, TWIN, TWIN_WITH_SCRIPT, cohortProbe, cohortReading,
    cohortShown, cohortSummary, firstInputProbe, keystrokeSummary, loadReading, loadScored, loadSeen,
    median, quantile, settle, twinMarkup, typeKeys, versus, writeTwins,
} from "./probes.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const port = 4190;
const base = `http://127.0.0.1:${port}/`;
const [SLOW_LOADS, SLOW_LATENCY_MS] = [10, 100];

// latencyMs: each request answered that much later (Chromium's network
// emulation), as on a slow hospital network.
// scored: wait for the verdict (the app) or for the empty script to run.
async function coldLoad(browser, path, scored, latencyMs = 0) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(firstInputProbe);
    if (latencyMs) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await page.goto(base + path);
    await page.waitForFunction(loadSeen);
    if (scored) await page.waitForFunction(loadScored, null, { timeout: 20_000 });
    const t = await page.evaluate(loadReading);
    await context.close();
    return t;
}

// Each key's latency (probes.mjs: typeKeys). traced: the load and keys run
// under a trace, which also gives each key's CPU time on the page's thread
// (see keyThreadTimes).
async function keystrokeLatencies(browser, gapMs, settled, traced = false) {
    const page = await browser.newPage();
    if (traced) await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline"] });
    await page.goto(base + KEYSTROKE_PAGE);
    await page.locator("#verdict").waitFor();
    if (settled) await page.evaluate(settle);
    const latencies = await page.evaluate(typeKeys, [KEYSTROKES, gapMs]);
    const threadMs = traced ? keyThreadTimes(JSON.parse(await browser.stopTracing()), latencies.length) : null;
    await page.close();
    return { latencies, threadMs };
}

// Each key's CPU time on the page's main thread: the thread time of the task
// that dispatched its input event (the render and the observer that times it
// run in that task's microtasks). A key's wall time beyond it is time the
// thread waited: on a 2-core VM, mostly for a core while V8 optimises the
// hot wasm functions on a worker thread (BENCHMARKS.md, 2026-12-05).
function keyThreadTimes(trace, count) {
    const events = trace.traceEvents ?? trace;
    const inputs = events
        .filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "input")
        .sort((a, b) => a.ts - b.ts);
    if (inputs.length !== count) throw new Error(`the trace holds ${inputs.length} input events, not ${count}`);
    const { pid, tid } = inputs[0];
    const tasks = events.filter((e) => e.ph === "X" && e.pid === pid && e.tid === tid && e.name === "ThreadControllerImpl::RunTask");
    return inputs.map((input) => {
        const around = tasks.filter((t) => t.ts <= input.ts && input.ts <= t.ts + t.dur);
        if (!around.length || around.at(-1).tdur === undefined) throw new Error(`no task with a thread time holds the input at ${input.ts}`);
        return around.at(-1).tdur / 1000;
    });
}

async function cohortTimings(browser, file) {
    const readings = [];
    for (let i = 0; i < COHORT_RUNS; i++) {
        const page = await browser.newPage();
        await page.addInitScript(cohortProbe);
        await page.goto(`${base}cohort/`);
        await page.locator("#cohort-file").waitFor({ state: "attached" });
        await page.locator("#cohort-file").setInputFiles(file);
        await page.waitForFunction(cohortShown, null, { timeout: 60_000 });
        readings.push(await page.evaluate(cohortReading));
        await page.close();
    }
    return cohortSummary(readings);
}

const server = spawn("node", ["scripts/serve-dist.mjs", String(port), "/"], { cwd: root, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
let removeTwins = () => {};
try {
    const page = await browser.newPage();
    await page.goto(base);
    await page.locator("#verdict").waitFor();
    removeTwins = writeTwins(`${root}dist/`, await page.evaluate(twinMarkup));
    await page.close();

    const [app, twin, floor] = [[], [], []];
    for (let i = 0; i < LOADS; i++) {
        app.push(await coldLoad(browser, "index.html", true));
        twin.push(await coldLoad(browser, TWIN, false));
        floor.push(await coldLoad(browser, TWIN_WITH_SCRIPT, true));
    }
    const [slowApp, slowTwin, slowFloor] = [[], [], []];
    for (let i = 0; i < SLOW_LOADS; i++) {
        slowApp.push(await coldLoad(browser, "index.html", true, SLOW_LATENCY_MS));
        slowTwin.push(await coldLoad(browser, TWIN, false, SLOW_LATENCY_MS));
        slowFloor.push(await coldLoad(browser, TWIN_WITH_SCRIPT, true, SLOW_LATENCY_MS));
    }
    const keystrokes = async (gapMs, settled = false) => {
        const { latencies } = await keystrokeLatencies(browser, gapMs, settled);
        return keystrokeSummary(latencies, gapMs, settled);
    };
    const [fast, typed, settled] = [await keystrokes(5), await keystrokes(50), await keystrokes(5, true)];
    // The live burst again, traced: the same keys' wall time (with the
    // trace's own cost) beside their CPU time on the page's thread.
    const traced = await keystrokeLatencies(browser, 5, false, true);
    const tracedBurst = {
        count: traced.latencies.length,
        gap_ms: 5,
        wall: { median: median(traced.latencies), p95: quantile(traced.latencies, 0.95) },
        thread: { median: median(traced.threadMs), p95: quantile(traced.threadMs, 0.95) },
    };
    const cohort = await cohortTimings(browser, writeCohort());
    console.log(JSON.stringify({
        ...versus(app, twin, floor),
        slow_network: { latency_ms: SLOW_LATENCY_MS, loads: SLOW_LOADS, ...versus(slowApp, slowTwin, slowFloor) },
        keystroke_ms: [fast, typed, settled],
        keystroke_traced_ms: tracedBurst,
        cohort_100k_ms: cohort,
    }));
} finally {
    await browser.close();
    server.kill();
    removeTwins();
}
