// Offline support. The app shell (index.html and the hashed js, wasm, css
// and icon it names) is cached on install; afterwards the page loads and
// scores with no network. Navigations go to the network first, so a new
// release is picked up on the next online visit, and the assets of the old
// release are then dropped. Request URLs never include the fragment, so no
// patient value can reach the cache.
const CACHE = "dm-remission-shell";
const SHELL = new URL("./", self.location).href;

// The same-origin files index.html refers to (quoted or not: the release
// HTML is minified).
function assetsOf(html) {
    const names = html.match(/\.\/[\w.-]+\.(?:js|wasm|css|svg|webmanifest)\b/g) ?? [];
    return [...new Set(names.map((name) => new URL(name, SHELL).href))];
}

async function cacheRelease(response) {
    const cache = await caches.open(CACHE);
    const html = await response.clone().text();
    const assets = assetsOf(html);
    await cache.put(SHELL, response);
    await Promise.all(
        assets.map(async (url) => (await cache.match(url)) || cache.add(url)),
    );
    // Keep only the current release.
    const keep = new Set([SHELL, ...assets]);
    for (const request of await cache.keys()) {
        if (!keep.has(request.url)) await cache.delete(request);
    }
}

self.addEventListener("install", (event) => {
    event.waitUntil(
        fetch(SHELL, { cache: "no-cache" })
            .then((response) => (response.ok ? cacheRelease(response) : undefined))
            .then(() => self.skipWaiting()),
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
    if (request.mode === "navigate") {
        event.respondWith(
            fetch(request)
                .then((response) => {
                    if (response.ok) event.waitUntil(cacheRelease(response.clone()));
                    return response;
                })
                .catch(async () => (await caches.match(SHELL)) || Response.error()),
        );
        return;
    }
    // Hashed assets never change: the cache is always right when it has one.
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
