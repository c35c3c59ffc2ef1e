// Three small jobs kept out of the wasm, run before the page paints (this
// script comes last in <head>, fetched alongside the stylesheets, which
// block painting anyway):
//  1. A link carrying values (#v=1&…): the prerendered form would first
//     paint with the default values, so the form stays hidden until the app
//     has applied the link (it removes the class; the stylesheet shows the
//     form regardless after a few seconds, should the app never start).
//  2. The offline cache (sw.js, beside this script, so every page registers
//     the same worker), installed once the page has loaded (the wasm is
//     preloaded, which holds the load event, so caching the other pages
//     never competes with the first load) and then a second has passed
//     with no typing: installing it under a burst of keys made the first
//     ones wait up to 20 ms (BENCHMARKS.md). Registering again, after a
//     later pause, is a no-op. A failure here never affects the page.
//  3. On a phone the summary of the three definitions is fixed at the
//     screen's foot (style.css), 7 lines high or more as its text wraps. A
//     field given focus is scrolled clear of it by its height as it is now
//     (`--summary`, read in the focus events, before the browser scrolls).
if (location.hash.length > 1) document.documentElement.classList.add("linked");
if ("serviceWorker" in navigator && document.currentScript) {
    const worker = new URL("sw.js", document.currentScript.src);
    let quiet;
    const install = () => {
        clearTimeout(quiet);
        quiet = setTimeout(() => navigator.serviceWorker.register(worker).catch(() => {}), 1000);
    };
    addEventListener("load", () => {
        install();
        addEventListener("input", install);
    });
}
addEventListener("focusin", () => {
    const summary = document.querySelector(".definitions");
    if (summary) document.documentElement.style.setProperty("--summary", `${summary.offsetHeight}px`);
});
