// bench.sh's timings in Debian's Firefox ESR, driven as tests/firefox/
// drives it, with the probes used in Chromium (probes.mjs): the keystrokes,
// 200 at each pace, and the cohort page with a 100 000-row file, five
// loads; each in a fresh context. Timers at full precision: Firefox rounds
// `performance.now()` to 1 ms otherwise, as coarse as the figures.
// Prints one JSON object. Expects dist/ to be built.
import { calculatorIsLive, launch, serve } from "../firefox/firefox.mjs";
import { writeCohort } from "./cohort-csv.mjs";
import {
    COHORT_RUNS, KEYSTROKES, KEYSTROKE_PAGE, cohortProbe, cohortReading, cohortShown, cohortSummary,
    keystrokeSummary, settle, typeKeys,
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

const keystrokes = (gapMs, settled = false) => inFreshContext(async (page) => {
    await page.goto(site.url + KEYSTROKE_PAGE);
    await page.waitForFunction(calculatorIsLive, { timeout: 20_000 });
    if (settled) await page.evaluate(settle);
    return keystrokeSummary(await page.evaluate(typeKeys, [KEYSTROKES, gapMs]), gapMs, settled);
});

const cohortLoad = (file) => inFreshContext(async (page) => {
    await page.evaluateOnNewDocument(cohortProbe);
    await page.goto(`${site.url}cohort/`);
    await page.waitForFunction(() => document.getElementById("cohort-file")?.disabled === false, { timeout: 20_000 });
    await (await page.$("#cohort-file")).uploadFile(file);
    await page.waitForFunction(cohortShown, { timeout: 60_000 });
    return page.evaluate(cohortReading);
});

try {
    const keystroke_ms = [await keystrokes(5), await keystrokes(50), await keystrokes(5, true)];
    const file = writeCohort();
    const readings = [];
    for (let i = 0; i < COHORT_RUNS; i++) readings.push(await cohortLoad(file));
    console.log(JSON.stringify({ keystroke_ms, cohort_100k_ms: cohortSummary(readings) }));
} finally {
    await browser.close();
    site.server.kill();
}
