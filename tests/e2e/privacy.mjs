// What the privacy checks share, in Chromium (privacy-offline.spec.mjs) and
// in Firefox (tests/firefox/): the patient typed and what the tab stores.
// Nothing here depends on the driver, so both suites import it.

// Distinctive values, so finding one anywhere means it leaked.
export const PATIENT = {
    "ck-uln": "187.5", "ck-baseline": "1234.5", "ck-week24": "567.8",
    "mmt-baseline": "97.25", "mmt-week24": "131.75",
    "dssi-baseline": "13.5", "dssi-week24": "4.25",
};
const TYPED = Object.values(PATIENT);

/// The typed values found in `text`, as typed or URL-encoded.
export const leaks = (text) => TYPED.filter((v) => text.includes(v) || text.includes(encodeURIComponent(v)));

/// Runs in the page (pass it to `page.evaluate`): everything the tab keeps
/// beyond the address, the offline cache's URLs and text included.
export async function storedInTab() {
    const cacheText = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
            const response = await cache.match(request);
            const type = response.headers.get("content-type") ?? "";
            const body = type.includes("wasm") ? "" : await response.text();
            cacheText.push(request.url + body);
        }
    }
    return {
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        cacheText: cacheText.join("\n"),
        cacheEntries: cacheText.length,
        // Holds the last keystroke only until a second after the address
        // is written (platform::save_hash): nothing once typing has settled.
        tabName: window.name,
    };
}
