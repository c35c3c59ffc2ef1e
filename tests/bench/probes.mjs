// What bench.sh times inside the page, the same way in Chromium
// (browser.mjs) and Firefox (firefox-timings.mjs): the static twin it
// loads beside the app, the probes, and the statistics it reports. Each
// probe is a function run in the page; each takes at most one argument,
// as Playwright's and puppeteer's `evaluate` both pass it.
import { rmSync, writeFileSync } from "node:fs";

export const quantile = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const median = (xs) => quantile(xs, 0.5);

// Loads: the app against its static twin (the app's own rendered form and
// stylesheet, no script), and against the twin with one empty script
// loaded as the app's loader is (a module, async, in <head>): when that
// script runs is the earliest a verdict computed by a script so loaded
// could come, under a policy with no inline script (the floor).
export const LOADS = 20;
export const [TWIN, TWIN_WITH_SCRIPT] = ["static-twin.html", "static-twin-script.html"];
const EMPTY_SCRIPT = "static-twin-empty.js";

/// In the page, once the app has rendered: the static twin's markup.
export const twinMarkup = () => {
    const css = [...document.querySelectorAll("link[rel=stylesheet]")].map((l) => l.outerHTML).join("");
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>static twin</title>${css}</head><body>${document.body.innerHTML}</body></html>`;
};

/// Writes the twin, and the twin with the empty script, into `dist`;
/// returns what removes them again.
export function writeTwins(dist, html) {
    writeFileSync(`${dist}${TWIN}`, html);
    writeFileSync(`${dist}${EMPTY_SCRIPT}`, "window.__scriptRan = performance.now();\n");
    writeFileSync(`${dist}${TWIN_WITH_SCRIPT}`, html.replace("</head>", `<script type="module" async src="./${EMPTY_SCRIPT}"></script></head>`));
    return () => {
        for (const file of [TWIN, TWIN_WITH_SCRIPT, EMPTY_SCRIPT]) rmSync(`${dist}${file}`, { force: true });
    };
}

// From navigation start: when #ck-uln first exists; when the form's last
// field exists and a frame has been painted since (the whole form painted);
// the browser's first contentful paint, the time its frame was shown (the
// form is in that frame in both pages: the twin's stylesheet and the app's
// blocking script hold the first frame until the whole form is parsed;
// rAF time also counts main-thread work after that frame, such as the
// app's takeover); and, typing "1" into #ck-uln at once, when the CK
// result no longer asks for the ULN (the first verdict after typing; the
// static twin has none).
export const firstInputProbe = () => {
    const check = () => {
        const uln = document.getElementById("ck-uln");
        if (uln && !window.__firstInput) {
            window.__firstInput = performance.now();
            uln.value = "1";
            uln.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        }
        if (document.getElementById("dssi-week24") && !window.__formSeen) {
            window.__formSeen = true;
            requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = performance.now())));
        }
        const reason = document.querySelector("#ck-status .reason");
        if (reason && !reason.textContent.includes("upper limit") && !window.__verdict) {
            window.__verdict = performance.now();
        }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName("first-contentful-paint")[0];
        if (fcp) window.__contentfulPaint = fcp.startTime;
    }).observe({ type: "paint", buffered: true });
};

/// In the page: the form is in and painted.
export const loadSeen = () => Boolean(window.__firstInput && window.__painted && window.__contentfulPaint);
/// In the page: the app's verdict is in, or the twin's empty script ran.
export const loadScored = () => Boolean(window.__verdict || window.__scriptRan);
/// In the page: one load's moments, in ms from navigation start.
export const loadReading = () => ({
    input: window.__firstInput,
    painted: window.__painted,
    contentful: window.__contentfulPaint,
    verdict: window.__verdict,
    script: window.__scriptRan,
});

// Each figure: a moment in `runs` (the app's loads, or the twin's with
// the empty script) against a moment in the static twin, by default the
// same one. Loads alternate, so each load has a twin load beside it: the
// median of those pairs' ratios is less moved by the VM's drift over the
// run than the ratio of the two medians.
const of = (runs, key) => median(runs.map((r) => r[key]));
export const versus = (apps, twins, floors) => {
    const against = (runs, key, twinKey = key) => ({
        median: of(runs, key),
        twin_median: of(twins, twinKey),
        ratio: of(runs, key) / of(twins, twinKey),
        paired_ratio: median(runs.map((r, i) => r[key] / twins[i][twinKey])),
    });
    return {
        first_input_ms: against(apps, "input"),
        form_painted_ms: against(apps, "painted"),
        contentful_paint_ms: against(apps, "contentful"),
        first_verdict_ms: against(apps, "verdict", "input"),
        empty_script_ran_ms: against(floors, "script", "input"),
    };
};

// Keystrokes: input event → the result re-rendered (the first DOM
// mutation in .results), timed inside the page so that the browser's
// input pipeline is not counted.
export const KEYSTROKES = 200;
/// The calculator with CK entered, whose reason every key below changes.
export const KEYSTROKE_PAGE = "index.html#v=1&ck-uln=200&ck-baseline=1200&ck-week24=500";

/// In the page: types `count` values into CK week 24, `gap` ms apart, and
/// resolves to each one's latency in ms.
export const typeKeys = async ([count, gap]) => {
    const input = document.getElementById("ck-week24");
    const out = [];
    let t0 = 0;
    let rendered = null;
    new MutationObserver(() => {
        if (rendered) {
            out.push(performance.now() - t0);
            rendered();
            rendered = null;
        }
    }).observe(document.querySelector(".results"), { childList: true, subtree: true, characterData: true, attributes: true });
    // Each value changes the CK reason, so every keystroke re-renders.
    const values = ["50", "5", "", "4", "45", "450", "45", "457", "4578", "45780"];
    for (let i = 0; i < count; i++) {
        const done = new Promise((resolve) => { rendered = resolve; });
        input.value = values[i % values.length];
        t0 = performance.now();
        input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        await done;
        await new Promise((resolve) => setTimeout(resolve, gap));
    }
    return out;
};

/// In the page: waits until the offline cache is installed, and a second
/// more, so that its one-off work is over.
export const settle = async () => {
    await navigator.serviceWorker.ready;
    await new Promise((resolve) => setTimeout(resolve, 1000));
};

/// One burst's figures, as bench.sh prints them.
export const keystrokeSummary = (latencies, gapMs, settled) =>
    ({ count: latencies.length, gap_ms: gapMs, settled, median: median(latencies), p95: quantile(latencies, 0.95) });

// The cohort page: from the file input's change event to the status line
// in the DOM, that is the file read, parsed, scored, counted and the
// table's first page rendered; beside it the page's own read-score-count
// time. Median of five loads.
export const COHORT_RUNS = 5;

/// Installed before the page's own scripts: stamps the change and the
/// status line's arrival.
export const cohortProbe = () => {
    document.addEventListener("change", () => (window.__chosen = performance.now()), true);
    new MutationObserver(() => {
        if (window.__chosen && !window.__shown && document.getElementById("cohort-status")) {
            window.__shown = performance.now();
        }
    }).observe(document, { childList: true, subtree: true });
};

/// In the page, once the status line is shown.
export const cohortShown = () => window.__shown !== undefined;

/// In the page: one load's two figures, in ms.
export const cohortReading = () => ({
    rendered: window.__shown - window.__chosen,
    scored: Number(document.getElementById("cohort-status").getAttribute("data-millis")),
});

/// The figures of `COHORT_RUNS` loads, as bench.sh prints them.
export const cohortSummary = (readings) => ({
    rendered_median: median(readings.map((r) => r.rendered)),
    scored_median: median(readings.map((r) => r.scored)),
    runs: readings.length,
});
