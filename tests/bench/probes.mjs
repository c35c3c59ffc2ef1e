// What bench.sh times inside the page, the same way in Chromium
// (browser.mjs) and Firefox (firefox-timings.mjs), and the statistics it
// reports. Each probe is a function run in the page; each takes at most
// one argument, as Playwright's and puppeteer's `evaluate` both pass it.

export const quantile = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const median = (xs) => quantile(xs, 0.5);

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
