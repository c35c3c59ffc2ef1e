// The cohort page's timing (probes.mjs) in Debian's Firefox ESR,
// driven as tests/firefox/ drives it: a 100 000-row file chosen, five
// fresh contexts. Prints one JSON object. Expects dist/ to be built.
import { launch, serve } from "../firefox/firefox.mjs";
import { writeCohort } from "./cohort-csv.mjs";
import { COHORT_RUNS, cohortProbe, cohortReading, cohortShown, cohortSummary } from "./probes.mjs";

const file = writeCohort();
const site = await serve(4191);
const browser = await launch();
try {
    const readings = [];
    for (let i = 0; i < COHORT_RUNS; i++) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.evaluateOnNewDocument(cohortProbe);
        await page.goto(`${site.url}cohort/`);
        await page.waitForFunction(() => document.getElementById("cohort-file")?.disabled === false, { timeout: 20_000 });
        await (await page.$("#cohort-file")).uploadFile(file);
        await page.waitForFunction(cohortShown, { timeout: 60_000 });
        readings.push(await page.evaluate(cohortReading));
        await context.close();
    }
    console.log(JSON.stringify(cohortSummary(readings)));
} finally {
    await browser.close();
    site.server.kill();
}
