// Shared steps: open the page, fill fields like a clinician, read results.
import { expect } from "@playwright/test";

/// The screens every page's layout is checked at: a common phone, the
/// narrowest in common use (a folding phone's outer screen) and a desktop.
export const LAYOUTS = { phone: { width: 390, height: 844 }, narrow: { width: 280, height: 653 }, desktop: { width: 1280, height: 800 } };

export const FIELDS = [
    "ck-uln", "ck-baseline", "ck-week24",
    "mmt-max", "mmt-baseline", "mmt-week24",
    "dssi-baseline", "dssi-week24",
];

/// Opens the page (optionally with a fragment) and waits until the app is
/// live, so what a test does to the page's clock or timers afterwards is
/// not also done to the app's start.
export async function open(page, fragment = "") {
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`index.html${fragment}`);
    // The prerendered page shows the verdict before the app is live; its
    // button arrives disabled and is enabled by the app's first render.
    await expect(page.getByRole("button", { name: "Clear all values" })).toBeEnabled();
    return errors;
}

/// Reloads the page from its own task, and waits for the reloaded page's
/// load. The browser takes that reload after everything the page told it
/// before (its address, the tab's name), as it normally has by the time a
/// person presses reload after a key. Playwright's `page.reload()` reaches
/// the browser by another route and can overtake those messages on a loaded
/// machine: the reloaded page then finds the tab's name from before the
/// last key, which no page can prevent (hazard log H17). In a one-off run
/// with four to six busy loops on the two cores, a bare field that notes
/// each key in the tab's name, and a reload straight after each key: 3
/// stale names in 2,500 reloads by `page.reload()`, none in 1,500 by this.
export async function reloadFromPage(page) {
    await Promise.all([page.waitForEvent("load"), page.evaluate(() => location.reload())]);
}

/// Holds back, from here on, the page's timers of `ms` milliseconds: they
/// never fire by themselves, until `runHeldTimers`. Clearing one still
/// cancels it, so of a timer re-armed per keystroke only the last is held.
/// Other timers run, yew's included.
export async function holdTimers(page, ms) {
    await page.evaluate((ms) => {
        const [setTimer, clearTimer] = [window.setTimeout, window.clearTimeout];
        const held = (window.__heldTimers ??= new Map());
        window.setTimeout = (run, delay, ...args) => {
            if (delay !== ms) return setTimer(run, delay, ...args);
            window.__heldTimerId = (window.__heldTimerId ?? 0) - 1; // (no real timer has it)
            held.set(window.__heldTimerId, () => run(...args));
            return window.__heldTimerId;
        };
        window.clearTimeout = (id) => (held.has(id) ? held.delete(id) : clearTimer(id));
    }, ms);
}

/// Runs the timers `holdTimers` holds, as they would have fired; returns
/// how many ran. Later ones are held again.
export async function runHeldTimers(page) {
    return page.evaluate(() => {
        const runs = [...window.__heldTimers.values()];
        window.__heldTimers.clear();
        for (const run of runs) run();
        return runs.length;
    });
}

/// Holds back the address write of a burst of keys (platform::BURST_MS,
/// 25 ms), so the gap a reload can fall into stays open.
export const holdAddressWrites = (page) => holdTimers(page, 25);

/// Makes yew put off its work as on a loaded machine. After 16 ms of work
/// (by `Date.now`) yew hands the browser a turn and runs the rest in a
/// zero-delay timer; until that timer has run, a new edit is only queued
/// behind it, not rendered. From here on every batch looks slow, and those
/// turns are held, not run (`window.__heldTurns`, oldest first): the turn a
/// reload falls into on a loaded machine, held open.
export async function putOffYewTurns(page) {
    await page.evaluate(() => {
        const now = Date.now;
        let skew = 0;
        Date.now = () => now() + (skew += 20);
        const setTimer = window.setTimeout;
        window.__heldTurns = [];
        window.setTimeout = (run, ms, ...args) => {
            if (ms) return setTimer(run, ms, ...args);
            window.__heldTurns.push(() => run(...args));
            return 0;
        };
    });
}

/// Types `values` into the field one after another as a burst, faster than
/// anyone types: each is scored before the next, and the address write
/// waits for the burst to end. The clock stands still meanwhile, so on any
/// machine the keys are a burst and yew never hands the browser a turn
/// between them (it does after 16 ms of work, by the same clock).
export async function typeBurst(page, id, values) {
    await page.evaluate(async ([id, values]) => {
        const input = document.getElementById(id);
        const now = Date.now;
        const frozen = now();
        Date.now = () => frozen;
        try {
            for (const value of values) {
                input.value = value;
                input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
                await new Promise((resolve) => queueMicrotask(resolve)); // the app renders first
            }
        } finally {
            Date.now = now;
        }
    }, [id, values]);
}

/// The contract's link holding exactly the CLI input's values: every key is
/// written, a missing one as empty, so page defaults cannot fill it in.
export function linkFor(input) {
    const keys = { ck: ["unit", "uln", "baseline", "week24"], mmt: ["max", "baseline", "week24"], dssi: ["baseline", "week24"] };
    const params = new URLSearchParams({ v: "1" });
    for (const [domain, names] of Object.entries(keys)) {
        for (const name of names) {
            const value = input[domain]?.[name];
            params.set(`${domain}-${name}`, value === null || value === undefined ? "" : String(value));
        }
    }
    return `#${params.toString()}`;
}

export async function verdict(page) {
    return page.locator("#verdict").getAttribute("data-verdict");
}

export async function statuses(page) {
    const out = {};
    for (const c of ["ck", "mmt", "dssi"]) {
        out[c] = await page.locator(`#${c}-status`).getAttribute("data-status");
    }
    return out;
}

/// The contract's §4 example as a link: every core set measure entered,
/// aldolase as the enzyme (TIS 67.5, major; DOI met).
export const TODAY =
    "#v=1&ck-unit=U%2FL&ck-uln=200&ck-baseline=1200&ck-week24=500&mmt-max=150&mmt-baseline=110&mmt-week24=135" +
    "&population=adult&pga-baseline=6&pga-week24=3&ptga-baseline=7&ptga-week24=5&haq-baseline=1.5&haq-week24=1.125" +
    "&extra-baseline=4&extra-week24=2&enzyme-name=aldolase&enzyme-unit=U%2FL&enzyme-uln=8&enzyme-baseline=24&enzyme-week24=12";

/// One page state per verdict, plus field errors, for axe and screenshots.
export const STATES = {
    empty: "",
    achieved: linkFor({
        ck: { unit: "U/L", uln: 200, baseline: 1200, week24: 500 },
        mmt: { max: 150, baseline: 110, week24: 135 },
        dssi: { baseline: 12.5, week24: 5 },
    }),
    "not-achieved": linkFor({
        ck: { unit: "U/L", uln: 200, baseline: 1200, week24: 1000 },
        mmt: { max: 150, baseline: 100, week24: 110 },
        dssi: { baseline: 2, week24: 2 },
    }),
    indeterminate: linkFor({ mmt: { max: 150, baseline: 100, week24: 110 } }),
    "today's criteria": TODAY,
    // Valid, but perhaps not meant: 1.200 U/L may be 1200 (hazard H3).
    "doubtful-value": linkFor({
        ck: { unit: "U/L", uln: 200, baseline: "1.200", week24: 500 },
        mmt: { max: 150, baseline: 110, week24: 135 },
        dssi: { baseline: 12.5, week24: 5 },
    }),
    // Every kind of refusal, a decimal comma with its offered point too.
    "field-errors": linkFor({
        ck: { unit: "mg/dL", uln: "1,200", baseline: "abc", week24: "-5" },
        mmt: { max: 150, baseline: 160, week24: "1e3" },
        dssi: { baseline: 73, week24: "5,5" },
    }),
};
