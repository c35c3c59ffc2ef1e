// Offline support. Each page of the site (the calculator, the cohort page,
// the report page and the definitions) is cached on install with the hashed js, wasm, css and icon its
// HTML names; afterwards each loads and scores with no network. Navigations
// go to the network first, so a new release is picked up on the next online
// visit, and the assets of the old release are then dropped. Request URLs
// never include the fragment, so no patient value can reach the cache.
const CACHE = "dm-remission-shell";
const PAGES = ["./", "./cohort/", "./report/", "./definitions/"].map((page) => new URL(page, self.location).href);

// The same-origin files a page's HTML refers to, relative to the page
// (quoted or not: the release HTML is minified).
function assetsOf(html, page) {
    const names = html.match(/\.\.?\/[\w.-]+\.(?:js|wasm|css|svg|webmanifest)\b/g) ?? [];
    return [...new Set(names.map((name) => new URL(name, page).href))];
}

// The page a navigation shows (`./` or `./index.html`), if it is one.
function pageFor(url) {
    const path = new URL(url).pathname;
    return PAGES.find((page) => {
        const root = new URL(page).pathname;
        return path === root || path === `${root}index.html`;
    });
}

async function cachePage(page, response) {
    const cache = await caches.open(CACHE);
    const assets = assetsOf(await response.clone().text(), page);
    await cache.put(page, response);
    await Promise.all(assets.map(async (url) => (await cache.match(url)) || cache.add(url)));
}

// Keep only what the cached pages name: the current release.
async function prune() {
    const cache = await caches.open(CACHE);
    const keep = new Set(PAGES);
    for (const page of PAGES) {
        const hit = await cache.match(page);
        if (hit) for (const url of assetsOf(await hit.text(), page)) keep.add(url);
    }
    for (const request of await cache.keys()) {
        if (!keep.has(request.url)) await cache.delete(request);
    }
}

self.addEventListener("install", (event) => {
    event.waitUntil(
        Promise.allSettled(
            PAGES.map((page) =>
                fetch(page, { cache: "no-cache" }).then((response) => (response.ok ? cachePage(page, response) : undefined)),
            ),
        )
            .then(prune)
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
        const page = pageFor(request.url);
        event.respondWith(
            fetch(request)
                .then((response) => {
                    if (response.ok && page) event.waitUntil(cachePage(page, response.clone()).then(prune));
                    return response;
                })
                .catch(async () => (await caches.match(page ?? request.url)) || Response.error()),
        );
        return;
    }
    // Hashed assets never change: the cache is always right when it has one.
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
