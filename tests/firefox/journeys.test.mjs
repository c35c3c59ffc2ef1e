// A clinician's main journeys in Debian's Firefox ESR, the other engine
// clinicians use: typing, text typed before the app is live, privacy, the
// phone layout, a link and a later one, a decimal comma's offered point,
// bad values mended with Backspace, today's criteria, a juvenile patient
// scored with CMAS, a reload, the report and cohort pages, the cohort's
// results download, the single file, every page offline, and the notice
// when WebAssembly is turned off; no page breaks its CSP or logs an
// error, except the error that last journey expects. tests/e2e/ tests
// everything in depth in Chromium; this proves the same release works in
// Gecko.
// Driven through WebDriver BiDi by puppeteer-core: Playwright 1.65 needs a
// newer Firefox than the ESR (its every new context asks for a media
// emulation the ESR lacks), and its own patched Firefox is a download.
// Run: node --test tests/firefox/ (expects dist/ built, as the test command does).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { PATIENT, leaks, storedInTab } from "../e2e/privacy.mjs";
import { calculatorIsLive, cohortIsLive, launch, root, serve } from "./firefox.mjs";

const SEED_LINK = "#v=1&ck-uln=200&ck-baseline=1200&ck-week24=500&mmt-max=150&mmt-baseline=110&mmt-week24=135";
const WAIT_MS = 15_000;
// The seed rule's fields as Tab reaches them on an empty form.
const FIELDS_IN_TAB_ORDER = ["ck-uln", "ck-baseline", "ck-week24", "mmt-scale", "mmt-max", "mmt-baseline", "mmt-week24", "dssi-baseline", "dssi-week24"];
const ONE_MINUTE = { timeout: 60_000 };
const FIXTURE = `${root}tests/fixtures/seed-trial-synthetic.csv`;
const DMSCORE = `${root}target/release/dmscore`;

let browser;
let site;
const servers = [];

before(async () => {
    site = await serve(4320);
    servers.push(site.server);
    browser = await launch();
});

after(async () => {
    await browser?.close();
    for (const server of servers) server.kill();
});

/// Runs `journey` in a fresh private context (no cache, no service worker)
/// and fails on any script error, console error or breach of the CSP.
async function inFreshContext(journey) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.evaluateOnNewDocument(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
            console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    try {
        await journey(page);
    } finally {
        await context.close();
    }
    assert.deepEqual(errors, []);
}

/// Waits until `predicate(...args)` holds in the page; if it never does,
/// fails naming what was awaited.
async function until(page, what, predicate, ...args) {
    await page.waitForFunction(predicate, { timeout: WAIT_MS }, ...args).catch((e) => {
        throw new Error(`waiting for ${what}: ${e.message}`);
    });
}

const attributeIs = (page, selector, name, value) =>
    until(page, `${selector}[${name}="${value}"]`, (s, n, v) => document.querySelector(s)?.getAttribute(n) === v, selector, name, value);
const textOf = (page, selector) => page.$eval(selector, (e) => e.textContent);
const valueOf = (page, selector) => page.$eval(selector, (e) => e.value);

const appIsLive = (page) => until(page, "the app to be live", calculatorIsLive);

test("typing a patient key by key shows the verdict, each reason and the link", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(site.url);
        await appIsLive(page);
        await page.type("#ck-uln", "200");
        await page.type("#ck-baseline", "1200");
        await page.type("#ck-week24", "500");
        await attributeIs(page, "#ck-status", "data-status", "met");
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        assert.match(await textOf(page, "#ck-status"), /CK fell 58\.3 % from 1200 to 500 U\/L; ≥ 50 % needed because baseline was above 2× ULN \(400 U\/L\)/);

        await page.select("#mmt-scale", "80");
        assert.equal(await valueOf(page, "#mmt-max"), "80");
        await page.type("#mmt-baseline", "60");
        await page.type("#mmt-week24", "64");
        await attributeIs(page, "#mmt-status", "data-status", "not_met");

        await page.type("#ck-week24", "x");
        await until(page, "the CK week-24 error", () => document.getElementById("ck-week24-error")?.textContent.length > 0);
        await attributeIs(page, "#ck-status", "data-status", "not_entered");

        await until(page, "the values in the address", () => location.hash.includes("ck-week24=500x") && location.hash.includes("mmt-max=80"));
        await page.reload();
        await until(page, "the values back after a reload", () =>
            document.getElementById("mmt-week24").value === "64" && document.getElementById("ck-week24").value === "500x");
        await attributeIs(page, "#mmt-status", "data-status", "not_met");
    });
});

test("text typed before the app is live is kept, scored, and keeps its focus", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        // Types into the prerendered field the moment it exists, as a
        // clinician on a slow machine would, before the wasm has started.
        await page.evaluateOnNewDocument(() => {
            new MutationObserver((_, observer) => {
                const uln = document.getElementById("ck-uln");
                if (!uln) return;
                observer.disconnect();
                window.__typedBeforeLive = ![...document.querySelectorAll("main button")].some((b) => !b.disabled);
                uln.focus();
                uln.value = "250";
                uln.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
            }).observe(document, { childList: true, subtree: true });
        });
        await page.goto(site.url);
        await appIsLive(page);
        await until(page, "the early value scored", () => {
            const reason = document.querySelector("#ck-status .reason");
            return reason && !reason.textContent.includes("upper limit") && location.hash.includes("ck-uln=250");
        });
        assert.equal(await page.evaluate(() => window.__typedBeforeLive), true);
        assert.equal(await valueOf(page, "#ck-uln"), "250");
        assert.equal(await page.evaluate(() => document.activeElement?.id), "ck-uln");
    });
});

test("nothing typed leaves the tab or is stored: no request, cookie, storage or cache entry holds it", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        const requests = [];
        // What is sent: a URL's fragment never leaves the browser.
        page.on("request", (r) => requests.push(`${r.method()} ${r.url().split("#")[0]}`));
        await page.goto(site.url);
        await appIsLive(page);
        await until(page, "the offline cache installed", () => navigator.serviceWorker.controller !== null);
        for (const [id, value] of Object.entries(PATIENT)) await page.type(`#${id}`, value);
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        await page.reload();
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        await until(page, "the tab's note cleared a second after the address is written", () => window.name === "");
        const { cacheText, cacheEntries, ...stored } = await page.evaluate(storedInTab);
        assert.deepEqual(stored, { cookie: "", local: 0, session: 0, databases: 0, tabName: "" });
        assert.ok(cacheEntries > 3, "the offline cache holds the site");
        assert.deepEqual(leaks(cacheText), [], "typed values in the offline cache");
        // Only GETs (no body to carry a value), all to the site itself (a
        // data: URL, as Gecko loads for a built-in font, goes nowhere).
        const origin = new URL(site.url).origin;
        assert.ok(requests.some((r) => r.startsWith(`GET ${origin}/`)), "the page's own requests were seen");
        assert.deepEqual(requests.filter((r) => !r.startsWith(`GET ${origin}/`) && !r.startsWith("GET data:")), []);
        assert.deepEqual(leaks(requests.join("\n")), [], "typed values in a request");
    });
});

test("phone 390×844 and 300×650: the summary of the three definitions stays in view, clear of the field typed in", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.setViewport({ width: 390, height: 844 });
        await page.goto(site.url);
        await appIsLive(page);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, "no sideways scrolling");
        // Each field reached as from the keyboard, from the top of the page:
        // focus scrolls it into view.
        for (const id of ["ck-uln", "mmt-week24", "dssi-week24"]) {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.focus(`#${id}`);
            await page.keyboard.type("1");
            const [bar, field] = await page.evaluate((id) =>
                [document.querySelector(".definitions"), document.getElementById(id)].map((el) => {
                    const r = el.getBoundingClientRect();
                    return { top: r.top, bottom: r.bottom };
                }), id);
            assert.ok(bar.bottom <= 844.5 && bar.top > 844 / 2, `the summary at the viewport's bottom (${bar.top}–${bar.bottom})`);
            assert.ok(field.top >= 0 && field.bottom <= bar.top, `${id} (${field.top}–${field.bottom}) clear of the summary (${bar.top})`);
        }
        assert.match(await textOf(page, ".definitions"), /Partial remission at week 24 \(Chung 2007\):/);

        // 300 px wide (a 390 px phone with its text at 130 %): the summary is
        // taller than the stylesheet's allowance, and each field reached with
        // Tab is still scrolled clear of it (register-sw.js).
        await page.setViewport({ width: 300, height: 650 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.focus("#ck-uln");
        for (const id of FIELDS_IN_TAB_ORDER) {
            const field = await page.evaluate(() => {
                const { id, tagName } = document.activeElement;
                const { top, bottom } = document.activeElement.getBoundingClientRect();
                return { id, tagName, top, bottom, summaryTop: document.querySelector(".definitions").getBoundingClientRect().top };
            });
            assert.equal(field.id, id, "the Tab order");
            assert.ok(field.summaryTop > 650 - 260, `the summary at the foot (${field.summaryTop})`);
            assert.ok(field.top >= 0 && field.bottom <= field.summaryTop, `${id} (${field.top}–${field.bottom}) clear of the summary (${field.summaryTop})`);
            if (field.tagName === "INPUT") await page.keyboard.type("1");
            await page.keyboard.press("Tab");
        }
    });
});

test("a link fills the form and reports all three definitions; a later link replaces it", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(`${site.url}${SEED_LINK}`);
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        assert.equal(await valueOf(page, "#mmt-week24"), "135");
        await attributeIs(page, "#tis-category", "data-category", "indeterminate");
        assert.equal(await textOf(page, "#tis-score"), "27.5 to 87.5");
        await attributeIs(page, "#doi-status", "data-status", "indeterminate");
        await until(page, "the linked form shown", () => !document.documentElement.classList.contains("linked"));

        await page.evaluate(() => (location.hash = "#v=1&ck-uln=200&ck-baseline=1200&ck-week24=1100"));
        await attributeIs(page, "#ck-status", "data-status", "not_met");
        assert.equal(await valueOf(page, "#mmt-week24"), "");
    });
});

test("a decimal comma, as a phone's keypad may give it, is offered with a point and taken when followed", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(site.url);
        await appIsLive(page);
        await page.type("#dssi-week24", "5");
        await page.type("#dssi-baseline", "12,5");
        await until(page, "the decimal comma's error", () => document.getElementById("dssi-baseline-error")?.textContent.includes("not a comma"));
        await attributeIs(page, "#dssi-status", "data-status", "not_entered");
        const offer = await page.waitForSelector("xpath///a[normalize-space()='Use 12.5']", { timeout: WAIT_MS });
        await offer.click();
        await attributeIs(page, "#dssi-status", "data-status", "met");
        assert.equal(await valueOf(page, "#dssi-baseline"), "12.5");
        assert.equal(await valueOf(page, "#dssi-week24"), "5");
        await until(page, "the value taken in the address", () => location.hash.includes("dssi-baseline=12.5"));
    });
});

test("today's criteria typed as a clinician would: TIS 67.5, major, DOI met", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(site.url);
        await appIsLive(page);
        await page.click("#today summary");
        await page.type("#mmt-baseline", "110");
        await page.type("#mmt-week24", "135");
        for (const [id, value] of [
            ["pga-baseline", "6"], ["pga-week24", "3"],
            ["ptga-baseline", "7"], ["ptga-week24", "5"],
            ["haq-baseline", "1.5"], ["haq-week24", "1.125"],
            ["extra-baseline", "4"], ["extra-week24", "2"],
        ]) {
            await page.type(`#${id}`, value);
        }
        await page.select("#enzyme-name", "aldolase");
        await page.type("#enzyme-uln", "8");
        await page.type("#enzyme-baseline", "24");
        await page.type("#enzyme-week24", "12");
        await attributeIs(page, "#tis-score", "data-score", "67.5");
        await attributeIs(page, "#tis-category", "data-category", "major");
        await attributeIs(page, "#doi-status", "data-status", "met");
        assert.match(await textOf(page, "#tis-enzyme"), /\(24 − 12\) \/ 24 × 100 = 50\.0 % of baseline; band > 40 %: 7\.5 points/);
    });
});

test("bad values typed: the message at the field, nothing else lost, and mended with Backspace", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(`${site.url}${SEED_LINK}`);
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        await appIsLive(page);
        // A unit typed after the number, as a lab report reads.
        await page.focus("#ck-week24");
        await page.keyboard.press("End");
        await page.keyboard.type(" U/L");
        await until(page, "the unit's message", () =>
            document.getElementById("ck-week24-error")?.textContent.includes("type the number alone, without its unit or any words"));
        assert.equal(await page.$eval("#ck-week24", (e) => e.getAttribute("aria-invalid")), "true");
        assert.equal(await page.$eval("#ck-week24", (e) => e.getAttribute("aria-describedby")), "ck-week24-error");
        await attributeIs(page, "#ck-status", "data-status", "not_entered");
        // MMT alone still carries the verdict, and no other value moved.
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        assert.equal(await valueOf(page, "#ck-baseline"), "1200");
        assert.equal(await valueOf(page, "#mmt-week24"), "135");

        for (let i = 0; i < 4; i++) await page.keyboard.press("Backspace");
        await attributeIs(page, "#ck-status", "data-status", "met");
        assert.equal(await page.$("#ck-week24-error"), null);
        assert.equal(await page.$eval("#ck-week24", (e) => e.hasAttribute("aria-invalid")), false);

        // Today's criteria: a HAQ above its scale.
        await page.click("#today summary");
        await page.type("#haq-baseline", "1.5");
        await page.type("#haq-week24", "3.5");
        await until(page, "the HAQ's message", () => document.getElementById("haq-week24-error")?.textContent === "must be between 0 and 3");
        assert.equal(await valueOf(page, "#haq-week24"), "3.5");
        assert.match(await textOf(page, "#tis-haq"), /Needs a value/);
        await page.keyboard.press("Backspace");
        await page.keyboard.press("Backspace");
        await page.keyboard.press("Backspace");
        await page.keyboard.type("1");
        await until(page, "the HAQ scored", () =>
            document.getElementById("tis-haq")?.textContent.includes("(1.5 − 1) / 3 × 100 = 16.7 % of the 0–3 scale; band > 15 to 25 %: 7.5 points"));
        assert.equal(await page.$("#haq-week24-error"), null);
        await until(page, "the mended values in the address", () => /ck-week24=500(&|$)/.test(location.hash) && /haq-week24=1(&|$)/.test(location.hash));
    });
});

test("juvenile with CMAS: the strength choice appears, the juvenile thresholds apply, and a reload keeps it", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(site.url);
        await appIsLive(page);
        await page.click("#today summary");
        assert.equal(await page.$("#strength"), null);
        await page.select("#population", "juvenile");
        await page.waitForSelector("#strength", { timeout: WAIT_MS });
        await page.select("#strength", "cmas");
        await page.type("#cmas-baseline", "30");
        await page.type("#cmas-week24", "46");
        await page.type("#pga-baseline", "6");
        await page.type("#pga-week24", "1.9");
        // CMAS 32.5 + PGA 20; PtGA, HAQ, enzyme and extramuscular could add 47.5.
        await until(page, "the TIS's range", () => document.getElementById("tis-score")?.textContent === "52.5 to 100");
        assert.match(await textOf(page, "#tis-cmas"), /\(46 − 30\) \/ 52 × 100 = 30\.8 % of the 0–52 scale; band > 30 %: 32\.5 points/);
        assert.match(await textOf(page, "label[for=ptga-baseline]"), /Parent global/);
        assert.match(await textOf(page, "#tis-detail .summary"), /juvenile: minimal ≥ 30, moderate ≥ 45, major ≥ 70/);
        await attributeIs(page, "#tis-category", "data-category", "indeterminate");

        await until(page, "the choices in the address", () => location.hash.includes("population=juvenile") && location.hash.includes("strength=cmas"));
        await page.reload();
        await until(page, "the choices and the range back after a reload", () =>
            document.getElementById("strength")?.value === "cmas" && document.getElementById("cmas-week24")?.value === "46"
            && document.getElementById("tis-score")?.textContent === "52.5 to 100");
        assert.equal(await valueOf(page, "#population"), "juvenile");
    });
});

test("the report shows the patient worked and leads back to the same values", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(`${site.url}report/${SEED_LINK}`);
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        await until(page, "the CK chart", () => document.querySelector("#ck-chart desc"));
        assert.equal(await textOf(page, "#ck-chart desc"), "Baseline 1200 U/L, week 24 500 U/L; week 24 had to be at most 600 U/L.");
        await page.click("#back-to-calculator");
        await until(page, "the calculator with the values", () => document.getElementById("ck-baseline")?.value === "1200");
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
    });
});

test("the cohort page scores its example and a chosen file, and comes back as it was after a row's Open and Back", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        await page.goto(`${site.url}cohort/`);
        await until(page, "the cohort page to be live", cohortIsLive);
        await page.click("#cohort-example");
        await until(page, "the example scored", () => document.getElementById("cohort-status")?.textContent.includes("synthetic example: 8 patients"));
        const input = await page.$("#cohort-file");
        await input.uploadFile(FIXTURE);
        await until(page, "the file scored", () =>
            document.getElementById("cohort-status")?.textContent.includes("seed-trial-synthetic.csv: 8 patients read and scored"));
        assert.equal(await page.$$eval("#cohort-table tbody tr", (rows) => rows.length), 8);
        // Reviewed row by row: the cohort is only in the tab's memory, so
        // Back finds it only if the page was kept in the back/forward cache.
        await page.select("#cohort-filter", "achieved");
        await until(page, "the achieved rows only", () => document.querySelectorAll("#cohort-table tbody tr").length === 3);
        await page.click("#cohort-table tbody tr .open-row");
        await until(page, "the calculator with the row's values", () => document.getElementById("verdict")?.dataset.verdict === "achieved");
        await page.evaluate(() => history.back());
        await until(page, "the cohort as it was", () =>
            location.pathname.endsWith("/cohort/")
            && document.getElementById("cohort-status")?.textContent.includes("seed-trial-synthetic.csv: 8 patients")
            && document.getElementById("cohort-filter")?.value === "achieved"
            && document.querySelectorAll("#cohort-table tbody tr").length === 3);
    });
});

test("Download results saves the CLI's results CSV, made in the tab", ONE_MINUTE, async () => {
    await inFreshContext(async (page) => {
        // The page saves through a link to a Blob URL; keep what it would
        // save, rather than let headless Firefox write it to a folder. (The
        // page's policy lets no script fetch a blob: URL, so the Blob is
        // kept as it is made.)
        await page.evaluateOnNewDocument(() => {
            const blobs = new Map();
            const createObjectURL = URL.createObjectURL;
            URL.createObjectURL = (blob) => {
                const url = createObjectURL(blob);
                blobs.set(url, blob);
                return url;
            };
            HTMLAnchorElement.prototype.click = function () {
                window.__saved = { name: this.download, url: this.href, blob: blobs.get(this.href) };
            };
        });
        await page.goto(`${site.url}cohort/`);
        await until(page, "the cohort page to be live", cohortIsLive);
        await (await page.$("#cohort-file")).uploadFile(FIXTURE);
        await until(page, "the file scored", () => document.getElementById("cohort-status")?.textContent.includes("8 patients read and scored"));
        await page.click("#cohort-download");
        await until(page, "the results saved", () => window.__saved !== undefined);
        const saved = await page.evaluate(async () => ({
            name: window.__saved.name,
            url: window.__saved.url,
            bytes: [...new Uint8Array(await window.__saved.blob.arrayBuffer())],
        }));
        assert.equal(saved.name, "seed-trial-synthetic-results.csv");
        assert.match(saved.url, /^blob:/);
        // Byte for byte: an ASCII file is saved as the CLI writes it, with
        // no byte-order mark.
        const cli = spawnSync(DMSCORE, ["--csv", FIXTURE]);
        assert.equal(cli.status, 0, String(cli.stderr));
        assert.equal(Buffer.from(saved.bytes).toString("latin1"), cli.stdout.toString("latin1"));
    });
});

test("the single file scores a patient from file://", ONE_MINUTE, async () => {
    const file = `${root}dist/single-file/dermatomyositis-calculator.html`;
    assert.ok(existsSync(file), "run scripts/single-file.mjs (the test command does)");
    await inFreshContext(async (page) => {
        await page.goto(`file://${file}`);
        await page.type("#ck-uln", "200");
        await page.type("#ck-baseline", "1200");
        await page.type("#ck-week24", "500");
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
    });
});

test("after one visit every page opens offline: the calculator and the report score, the cohort page scores its example", ONE_MINUTE, async () => {
    const own = await serve(4321); // stopped below, so it has a port of its own
    servers.push(own.server);
    await inFreshContext(async (page) => {
        await page.goto(own.url);
        await appIsLive(page);
        // It claims the page once its install has cached every page.
        await until(page, "the offline cache installed", () => navigator.serviceWorker.controller !== null);
        const stopped = new Promise((resolve) => own.server.once("exit", resolve));
        own.server.kill();
        await stopped;

        // The link changes only the fragment; the reload is a whole load,
        // from the offline cache.
        await page.goto(`${own.url}${SEED_LINK}`);
        await page.reload();
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        const report = await page.goto(`${own.url}report/${SEED_LINK}`);
        assert.ok(report.ok(), "the report page from the offline cache");
        await attributeIs(page, "#verdict", "data-verdict", "achieved");
        const cohort = await page.goto(`${own.url}cohort/`);
        assert.ok(cohort.ok(), "the cohort page from the offline cache");
        await until(page, "the cohort page to be live", cohortIsLive);
        await page.click("#cohort-example");
        await until(page, "the example scored", () => document.getElementById("cohort-status")?.textContent.includes("synthetic example: 8 patients"));
        const definitions = await page.goto(`${own.url}definitions/`);
        assert.ok(definitions.ok(), "the definitions page from the offline cache");
        assert.equal(await textOf(page, "h1"), "Definitions of the inputs");
    });
});

test("with WebAssembly turned off the page says nothing on it is scored, and takes no typing", ONE_MINUTE, async () => {
    // Not in inFreshContext: the loader reports the failure as an error, on
    // purpose.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
        // (As a policy that turns WebAssembly off does.)
        await page.evaluateOnNewDocument(() => delete window.WebAssembly);
        await page.goto(site.url);
        await until(page, "the notice that the app could not start", () => document.getElementById("stalled")?.hidden === false);
        assert.match(await textOf(page, "#stalled"), /could not start.*nothing on this page is scored/);
        assert.equal(await page.$eval("#app", (app) => app.inert), true);
        await page.click("#ck-uln");
        await page.keyboard.type("200");
        assert.equal(await valueOf(page, "#ck-uln"), "");
    } finally {
        await context.close();
    }
});
