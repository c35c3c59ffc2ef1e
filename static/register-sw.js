// Installs the offline cache (sw.js, beside this script, so the calculator
// and the cohort page register the same worker). Kept out of the wasm: it is
// not part of the scoring, and a failure here must never affect the page.
if ("serviceWorker" in navigator && document.currentScript) {
    navigator.serviceWorker.register(new URL("sw.js", document.currentScript.src)).catch(() => {});
}
