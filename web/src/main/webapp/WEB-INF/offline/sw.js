/*
 * The portal's service worker (served as /sw.js by ServiceWorkerServlet, which fills in the precache list).
 * Workbox comes from the portal itself (/workbox/, see scripts/update-workbox.sh): modulePathPrefix keeps
 * it from loading its modules from Google's CDN.
 */
importScripts('/workbox/workbox-sw.js');
workbox.setConfig({modulePathPrefix: '/workbox/', debug: false});

const LISTS = 'sanling-lists';

// The offline shell and pages, the style sheet, the texts, the manifest and icons.
workbox.precaching.cleanupOutdatedCaches();
workbox.precaching.precacheAndRoute(self.__WB_MANIFEST);

// The read-only lists a field user needs, as last seen: the network first, the cache without one.
const READ_ONLY_LISTS = [
    /^\/api\/v1\/me$/,
    /^\/api\/v1\/me\/signups$/,
    /^\/api\/v1\/campaigns$/,
    /^\/api\/v1\/areas$/,
    /^\/api\/v1\/categories$/,
    /^\/api\/v1\/disputes\/kinds$/,
    /^\/api\/v1\/legal-aid\/events$/
];
workbox.routing.registerRoute(
    ({url, request}) => url.origin === self.location.origin && request.method === 'GET'
        && READ_ONLY_LISTS.some(path => path.test(url.pathname)),
    new workbox.strategies.NetworkFirst({cacheName: LISTS, networkTimeoutSeconds: 5}));

// A page of the portal opened without a network: the offline shell instead of the browser's error.
workbox.routing.registerRoute(({request}) => request.mode === 'navigate', new workbox.strategies.NetworkOnly());
workbox.routing.setCatchHandler(async ({request}) => request.mode === 'navigate'
    ? (await workbox.precaching.matchPrecache('/offline/index.html')) || Response.error()
    : Response.error());

// Lists are somebody's own: a page tells the worker to forget them when that person logs out.
self.addEventListener('message', event => {
    if (event.data === 'forget-lists') {
        event.waitUntil(caches.delete(LISTS));
    }
});

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));
