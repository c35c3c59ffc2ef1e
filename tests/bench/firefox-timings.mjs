// bench.sh's timings in Debian's Firefox ESR, driven as tests/firefox/
// drives it, with the probes used in Chromium (probes.mjs): 20 cold loads
// each of the app, its static twin and the twin with the empty script, in
// turn; the keystrokes, 200 at each pace; and the cohort page with a
// 100 000-row file, five loads; each in a fresh context. Not with requests
// late: Firefox's WebDriver BiDi cannot slow them. Timers at full
// precision: Firefox rounds `performance.now()` to 1 ms otherwise, as
// coarse as the figures.
// Prints one JSON object. Expects dist/ to be built.
import { calculatorIsLive, cohortIsLive, launch, root, serve } from "../firefox/firefox.mjs";
import { writeCohort } from "./cohort-csv.mjs";
import {
    COHORT_RUNS, KEYSTROKES, KEYSTROKE_PAGE, LOADS, TWIN, TWIN_WITH_SCRIPT, cohortProbe, cohortReading,
    cohortShown, cohortSummary, firstInputProbe, keystrokeSummary, loadReading, loadScored, loadSeen,
    settle, twinMarkup, typeKeys, versus, writeTwins,
} from "./probes.mjs";

const site = await serve(4191);
const browser = await launch({ "privacy.reduceTimerPrecision": false });

/// Runs `measure(page)` in a fresh private context.
async function inFreshContext(measure) {
    const context = await browser.createBrowserContext();
    try {
        return await measure(await context.newPage());
    } finally {
        await context.close();
    }
}

// scored: wait for the verdict (the app) or for the empty script to run.
const coldLoad = (path, scored) => inFreshContext(async (page) => {
    await page.evaluateOnNewDocument(firstInputProbe);
    await page.goto(site.url + path);
    await page.waitForFunction(loadSeen, { timeout: 20_000 });
    if (scored) await page.waitForFunction(loadScored, { timeout: 20_000 });
    return page.evaluate(loadReading);
});

const keystrokes = (gapMs, settled = false) => inFreshContext(async (page) => {
    await page.goto(site.url + KEYSTROKE_PAGE);
    await page.waitForFunction(calculatorIsLive, { timeout: 20_000 });
    if (settled) await page.evaluate(settle);
    return keystrokeSummary(await page.evaluate(typeKeys, [KEYSTROKES, gapMs]), gapMs, settled);
});

const cohortLoad = (file) => inFreshContext(async (page) => {
    await page.evaluateOnNewDocument(cohortProbe);
    await page.goto(`${site.url}cohort/`);
    await page.waitForFunction(cohortIsLive, { timeout: 20_000 });
    await (await page.$("#cohort-file")).uploadFile(file);
    await page.waitForFunction(cohortShown, { timeout: 60_000 });
    return page.evaluate(cohortReading);
});

let removeTwins = () => {};
try {
    removeTwins = writeTwins(`${root}dist/`, await inFreshContext(async (page) => {
        await page.goto(site.url);
        await page.waitForSelector("#verdict");
        return page.evaluate(twinMarkup);
    }));
    const [app, twin, floor] = [[], [], []];
    for (let i = 0; i < LOADS; i++) {
        app.push(await coldLoad("index.html", true));
        twin.push(await coldLoad(TWIN, false));
        floor.push(await coldLoad(TWIN_WITH_SCRIPT, true));
    }
    const keystroke_ms = [await keystrokes(5), await keystrokes(50), await keystrokes(5, true)];
    const file = writeCohort();
    const readings = [];
    for (let i = 0; i < COHORT_RUNS; i++) readings.push(await cohortLoad(file));
    console.log(JSON.stringify({ ...versus(app, twin, floor), keystroke_ms, cohort_100k_ms: cohortSummary(readings) }));
} finally {
    removeTwins();
    await browser.close();
    site.server.kill();
}
