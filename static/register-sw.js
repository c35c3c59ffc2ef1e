// Installs the offline cache (sw.js). Kept out of the wasm: it is not part
// of the scoring, and a failure here must never affect the page.
if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("./sw.js").catch(() => {});
}
