// The cohort page's timing, taken in the page the same way in Chromium
// (browser.mjs) and Firefox (firefox-cohort.mjs): from the file input's
// change event to the status line in the DOM, that is the file read,
// parsed, scored, counted and the table's first page rendered; beside it
// the page's own read-score-count time. Median of five loads.
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

/// The figures of `COHORT_RUNS` loads, as `bench.sh` prints them.
export function cohortSummary(readings) {
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
        rendered_median: median(readings.map((r) => r.rendered)),
        scored_median: median(readings.map((r) => r.scored)),
        runs: readings.length,
    };
}
