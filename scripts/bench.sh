#!/usr/bin/env bash
# Performance figures of the release build (issues 4, 12), printed as a
# table: first-load size (gzip -9, brotli 11); navigation → first input,
# → whole form painted (and the browser's first contentful paint), → first
# verdict after typing, for the app and for a static HTML twin of the same
# form in the same run, also with each request 100 ms late (a slow
# network), and when an empty script runs in that twin (the floor under a
# scripted verdict); keystroke → re-render latency, and in a traced burst
# each key's CPU time on the page's thread; native patients scored per
# second; the cohort timings; and in Firefox too, the loads against the
# same twin (not slowed), the keystrokes and the cohort page. Not part of
# CI: timings are reported, never asserted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --browser

say "Release build"
bash scripts/build.sh > /dev/null

say "Native core (criterion)"
cargo bench --locked -p dmscore-core --bench scoring -- --warm-up-time 2 --measurement-time 5 > /dev/null 2>&1

say "dmscore --csv, 100 000 rows (5 runs, wall)"
cargo build --release --locked -q --bin dmscore
cohort_csv="$(node tests/bench/cohort-csv.mjs)"
cli_ms=()
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    target/release/dmscore --csv "$cohort_csv" > /dev/null 2>&1 || true  # exit 2: the file has invalid rows on purpose
    cli_ms+=($(( ($(date +%s%N) - start) / 1000000 )))
done
cli_median="$(printf '%s\n' "${cli_ms[@]}" | sort -n | sed -n 3p)"

say "Browser timings (headless Chromium, 127.0.0.1)"
browser_json="$(node tests/bench/browser.mjs)"

say "Loads, keystrokes and the cohort page in Firefox ESR"
firefox_json="$(node tests/bench/firefox-timings.mjs)"

node --input-type=module - "$browser_json" "$cli_median" "${cli_ms[*]}" "$firefox_json" <<'JS'
import { readFileSync } from "node:fs";
import { bundleSizes, BUDGET_GZIP_BYTES } from "./scripts/bundle-size.mjs";
const browser = JSON.parse(process.argv[2]);
const [cliMedian, cliRuns] = [Number(process.argv[3]), process.argv[4]];
const firefox = JSON.parse(process.argv[5]);
const perSecond = (name) => {
    const est = JSON.parse(readFileSync(`target/criterion/patients/${name}/new/estimates.json`, "utf8"));
    return 1000 / (est.mean.point_estimate / 1e9); // the cohort has 1000 patients
};
const { total } = bundleSizes();
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const ms = (x) => `${x.toFixed(1)} ms`;
// A moment in the app (or in the twin with the empty script) against one
// in the static twin, by default the same moment; beside the ratio of the
// medians, the median of the ratios of loads made side by side, which the
// VM's drift over a run moves less.
const alike = (figure, twin = "static twin") =>
    `${ms(figure.median)} (${twin} ${ms(figure.twin_median)}, ×${figure.ratio.toFixed(2)}; side by side ×${figure.paired_ratio.toFixed(2)})`;
const FIRST_INPUT = "static twin's first input";
// The floor under a scripted verdict: an empty script, loaded as the app's
// loader is, in the static twin.
const emptyScript = (run, how) => [
    `navigation → an empty script has run in the static twin (the earliest a verdict computed by such a script could come), ${how}`,
    alike(run.empty_script_ran_ms, FIRST_INPUT),
    "reported",
];
// The app's 20 loads against the twin's, in one browser; `where` names it.
const loadRows = (run, where) => [
    [`navigation → first input${where}, median of 20 cold loads`, alike(run.first_input_ms), "reported"],
    [`navigation → whole form painted${where}, median of 20`, alike(run.form_painted_ms), "≤ ×1.1 of static"],
    [`navigation → first contentful paint${where} (the browser's timing of the frame that shows the form), median of 20`, alike(run.contentful_paint_ms), "reported"],
    [`navigation → first verdict after typing${where}, median of 20`, alike(run.first_verdict_ms, FIRST_INPUT), "≤ ×1.5 of static first input"],
    emptyScript(run, `${where ? `${where.trim()}, ` : ""}median of 20`),
];
const traced = browser.keystroke_traced_ms;
const keystrokeRows = (run, where) => run.keystroke_ms.map((k) =>
    [`keystroke → re-render${where}, ${k.count} keystrokes ${k.gap_ms} ms apart${k.settled ? ", page settled (offline cache installed, 1 s later)" : ", as soon as the app is live"}`, `median ${ms(k.median)}, p95 ${ms(k.p95)}`, "p95 ≤ 2 ms"]);
const rows = [
    ["first load, gzip -9 (html+js+wasm+css+icon)", kb(total.gzip), `≤ ${kb(BUDGET_GZIP_BYTES)}`],
    ["first load, brotli 11", kb(total.brotli), "reported"],
    ...loadRows(browser, ""),
    ...["form_painted_ms", "contentful_paint_ms", "first_verdict_ms"].map((key) => {
        const slow = browser.slow_network;
        const [what, twin] = {
            form_painted_ms: ["whole form painted"],
            contentful_paint_ms: ["first contentful paint"],
            first_verdict_ms: ["first verdict after typing", FIRST_INPUT],
        }[key];
        return [`navigation → ${what}, each request ${slow.latency_ms} ms late, median of ${slow.loads}`, alike(slow[key], twin), "reported"];
    }),
    emptyScript(browser.slow_network, `each request ${browser.slow_network.latency_ms} ms late, median of ${browser.slow_network.loads}`),
    ...loadRows(firefox, " in Firefox ESR"),
    ...keystrokeRows(browser, ""),
    [`keystroke → re-render, ${traced.count} keystrokes ${traced.gap_ms} ms apart, as soon as the app is live, traced: each key's CPU time on the page's thread (its wall time, with the trace's cost)`, `median ${ms(traced.thread.median)}, p95 ${ms(traced.thread.p95)} (wall: median ${ms(traced.wall.median)}, p95 ${ms(traced.wall.p95)})`, "reported"],
    ...keystrokeRows(firefox, " in Firefox ESR"),
    ["patients scored per second (decide)", Math.round(perSecond("decide")).toLocaleString("en"), "≥ 5,000,000"],
    ["patients assessed from text per second (assess, with reasons)", Math.round(perSecond("assess_from_text")).toLocaleString("en"), "reported"],
    ["`dmscore --csv`, 100 000 rows, median of 5 (wall)", `${cliMedian} ms (runs: ${cliRuns})`, "well under 1 s"],
    ...[["", browser.cohort_100k_ms], [" in Firefox ESR", firefox.cohort_100k_ms]].map(([where, cohort]) =>
        [`cohort page${where}, 100 000 rows: file chosen → counts and first page shown, median of ${cohort.runs}`, `${ms(cohort.rendered_median)} (read, scored and counted: ${ms(cohort.scored_median)})`, "≤ 1 s"]),
];
console.log(`\n| figure | measured | target |\n|---|---|---|`);
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
JS
