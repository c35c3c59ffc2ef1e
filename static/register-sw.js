// Installs the offline cache (sw.js, beside this script, so every page
// registers the same worker) once the page has loaded: the wasm is
// preloaded, which holds the load event, so caching the other pages never
// competes with the first load. Kept out of the wasm: it is not part of the
// scoring, and a failure here must never affect the page.
if ("serviceWorker" in navigator && document.currentScript) {
    const worker = new URL("sw.js", document.currentScript.src);
    addEventListener("load", () => navigator.serviceWorker.register(worker).catch(() => {}));
}
