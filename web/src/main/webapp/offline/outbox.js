/*
 * The offline outbox (docs/architecture.md "Offline sync protocol"), shared by the offline pages and the
 * portal's layout. Items live in IndexedDB, their content (and photos) encrypted with AES-GCM under a
 * non-extractable WebCrypto key kept in the same database as a CryptoKey: the browser can use the key but
 * never hand out its bytes. An item synced is removed; only its outcome stays (kind, number or waitlist
 * position, or the server's reason for refusing it) until the person dismisses it.
 *
 * Sync replays the items in the order they were made (submissions, independent of everything, a few at a
 * time beside the rest; a patrol's events, made while it was walked, right after the patrol, which is made
 * when it ends), each with its client UUID as the idempotency key:
 * on page load, when the network comes back, and every 30 seconds. An expired login pauses it (nothing is
 * lost); it goes on after the person logs in again.
 */
(function () {
    'use strict';

    const DB_NAME = 'sanling-offline';
    const ITEMS = 'outbox';
    const KEYS = 'keys';
    const KEY_ID = 'outbox';
    const USER = 'sanling-user';
    const SYNC_EVERY_MS = 30000;
    const SUBMISSIONS_AT_ONCE = 3;
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();

    let database;
    let counter = 0;
    const listeners = [];

    function request(req) {
        return new Promise((resolve, reject) => {
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
        });
    }

    function open() {
        if (!database) {
            const opening = indexedDB.open(DB_NAME, 1);
            opening.onupgradeneeded = () => {
                const db = opening.result;
                db.createObjectStore(KEYS);
                db.createObjectStore(ITEMS, {keyPath: 'id'}).createIndex('seq', 'seq');
            };
            database = request(opening);
        }
        return database;
    }

    async function store(name, mode) {
        return (await open()).transaction(name, mode).objectStore(name);
    }

    /** The outbox key, made once per device; extractable false, so its bytes never leave WebCrypto. */
    async function key() {
        const existing = await request((await store(KEYS, 'readonly')).get(KEY_ID));
        if (existing) {
            return existing;
        }
        const made = await crypto.subtle.generateKey({name: 'AES-GCM', length: 256}, false, ['encrypt', 'decrypt']);
        await request((await store(KEYS, 'readwrite')).add(made, KEY_ID));
        return made;
    }

    async function encrypt(bytes) {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const data = await crypto.subtle.encrypt({name: 'AES-GCM', iv}, await key(), bytes);
        return {iv, data};
    }

    async function decrypt(sealed) {
        return crypto.subtle.decrypt({name: 'AES-GCM', iv: sealed.iv}, await key(), sealed.data);
    }

    async function all() {
        return request((await store(ITEMS, 'readonly')).index('seq').getAll());
    }

    async function get(id) {
        return request((await store(ITEMS, 'readonly')).get(id));
    }

    async function put(item) {
        await request((await store(ITEMS, 'readwrite')).put(item));
        changed();
    }

    let telling = null;

    /** Tells the page once for a burst of changes (a sync of many items would redraw it for each). */
    function changed() {
        if (!telling) {
            telling = setTimeout(() => {
                telling = null;
                listeners.forEach(listener => listener());
            }, 100);
        }
    }

    /**
     * Puts an item in the outbox.
     * @param kind    submission | signup | consultation | checkin | checkout | patrol | patrolEvent | dispute
     * @param id      the item's client UUID, made when the person started it (the body carries it where the
     *                API takes one)
     * @param content what to send: {path, body, label, afterField}; label is what the person sees while it waits;
     *                a path with {after}, and the body's field named by afterField, get the server's id of the item
     *                named by {@code after}
     * @param photos  Blobs (already downscaled) to upload with a submission or a patrol's event
     * @param after   the client UUID of an item that must be delivered first (a patrol's event names its
     *                patrol, added to the outbox only when it ends); optional
     */
    async function add(kind, id, content, photos, after) {
        const item = {id, kind, owner: localStorage.getItem(USER), seq: Date.now() * 1000 + (counter++ % 1000),
            createdAt: new Date().toISOString(), state: 'pending', content: await seal(content), photos: [],
            after: after || null, afterId: null};
        for (const photo of photos || []) {
            const bytes = await photo.arrayBuffer();
            item.photos.push(Object.assign({id: crypto.randomUUID(), type: photo.type}, await encrypt(bytes)));
        }
        await put(item);
    }

    function seal(content) {
        return encrypt(encoder.encode(JSON.stringify(content)));
    }

    /** What an item waiting or refused holds, decrypted for the page: {path, body, label}. */
    async function read(item) {
        return item.content ? JSON.parse(decoder.decode(await decrypt(item.content))) : null;
    }

    /** A refused item as the person corrected it: the same client UUID and photos, sent again. */
    async function resend(id, content) {
        const item = await get(id);
        await put(Object.assign(item, {state: 'pending', outcome: null, content: await seal(content)}));
        return sync();
    }

    async function dismiss(id) {
        await request((await store(ITEMS, 'readwrite')).delete(id));
        changed();
    }

    async function pendingCount() {
        return (await all()).filter(item => item.state === 'pending').length;
    }

    // ---- sync ----

    let session = null;
    let paused = false;
    let running = null;

    /** Why a replay stops before the end; the items left are sent at the next one. */
    class Stop extends Error {
    }

    function csrfHeaders() {
        return session && session.csrfToken ? {'X-CSRF-Token': session.csrfToken} : {};
    }

    function language() {
        return document.documentElement.lang || 'zh-CN';
    }

    /** fetch, with a lost network as a reason to stop and try again later. */
    async function call(path, init) {
        try {
            return await fetch(path, Object.assign({credentials: 'same-origin', cache: 'no-store'}, init));
        } catch (e) {
            throw new Stop('network');
        }
    }

    async function startSession() {
        const answer = await call('/api/v1/sync/session',
            {headers: {'Accept': 'application/json', 'Accept-Language': language()}});
        if (answer.status === 401) {
            paused = true;
            session = null;
            return false;
        }
        if (!answer.ok) {
            throw new Stop('session ' + answer.status);
        }
        session = await answer.json();
        paused = false;
        localStorage.setItem(USER, session.username);
        return true;
    }

    /** Sends a body (JSON or a photo) and reads the answer: {status, json}. A network failure throws. */
    async function send(path, body, contentType) {
        const answer = await call(path, {
            method: 'POST', body,
            headers: Object.assign({'Content-Type': contentType, 'Accept': 'application/json',
                'Accept-Language': language()}, csrfHeaders())
        });
        const text = await answer.text();
        let json = null;
        try {
            json = text ? JSON.parse(text) : null;
        } catch (e) {
            json = null;
        }
        return {status: answer.status, json};
    }

    /** A server's refusal in words: the problem's detail and its field messages. */
    function reason(answer) {
        const problem = answer.json || {};
        const fields = (problem.errors || []).map(error => error.message);
        return [problem.detail || problem.title || String(answer.status)].concat(fields)
            .filter((text, index, texts) => text && texts.indexOf(text) === index).join(' ');
    }

    /** Posts once; a CSRF refusal after a new login fetches the new token and tries once more. */
    async function post(path, body, contentType) {
        let answer = await send(path, body, contentType);
        if (answer.status === 403 && session && session.csrfToken) {
            const before = session.csrfToken;
            await startSession();
            if (session && session.csrfToken !== before) {
                answer = await send(path, body, contentType);
            }
        }
        if (answer.status === 401) {
            paused = true;
            throw new Stop('login');
        }
        if (answer.status >= 500 || answer.status === 0) {
            throw new Stop('server ' + answer.status);
        }
        if (answer.status === 429) {
            // Throttled (too many wrong check-in codes): the item waits for a later round, not refused.
            throw new Stop('throttled');
        }
        return answer;
    }

    function accepted(answer) {
        return answer.status === 200 || answer.status === 201;
    }

    /**
     * The server's id of the item this one follows, once that one is delivered; null while it waits (a
     * patrol still being walked, or not sent yet).
     */
    async function afterId(item) {
        if (item.afterId) {
            return item.afterId;
        }
        const before = await get(item.after);
        return before && before.state === 'done' && before.outcome.serverId ? before.outcome.serverId : null;
    }

    /** Tells the items that follow a delivered one its server id, which they keep even if it is dismissed. */
    async function tellFollowers(item, serverId) {
        for (const follower of (await all()).filter(other => other.after === item.id && other.state === 'pending')) {
            await put(Object.assign(follower, {afterId: serverId}));
        }
    }

    /** Sends one item; answers its outcome, or null when it was refused and stays for the person. */
    async function deliver(item) {
        const content = await read(item);
        let path = content.path;
        if (item.after) {
            const serverId = await afterId(item);
            if (!serverId) {
                return;
            }
            item.afterId = serverId;
            path = path.replace('{after}', encodeURIComponent(serverId));
            if (content.afterField) {
                content.body[content.afterField] = serverId;
            }
        }
        const answer = await post(path, JSON.stringify(content.body), 'application/json');
        if (!accepted(answer)) {
            item.state = 'refused';
            item.outcome = {reason: reason(answer), status: answer.status};
            await put(item);
            return;
        }
        if (item.kind !== 'submission') {
            // Submissions, sent a few at a time beside the rest, are followed by nothing.
            await tellFollowers(item, answer.json.id);
        }
        if (item.photos.length) {
            // Photos follow their submission (a patrol's event is one) one by one, each under its own client
            // UUID: a retry after a failed upload sends the rest, and a photo the server already has is not
            // stored twice.
            const submissionId = item.kind === 'patrolEvent' ? answer.json.submissionId : answer.json.id;
            while (item.photos.length) {
                const photo = item.photos[0];
                const bytes = await decrypt(photo);
                const uploaded = await post('/api/v1/submissions/' + encodeURIComponent(submissionId)
                    + '/photos?clientId=' + photo.id, bytes, photo.type);
                if (!accepted(uploaded)) {
                    item.photoRefused = reason(uploaded);
                }
                item.photos.shift();
                await put(item);
            }
        }
        const outcome = {status: answer.json.status, number: answer.json.number || null, serverId: answer.json.id,
            position: answer.json.position || 0, label: item.kind === 'signup' ? content.label : null,
            photoRefused: item.photoRefused || null};
        // The content and photos leave the device; a small record of the outcome stays until dismissed.
        await put({id: item.id, kind: item.kind, seq: item.seq, owner: item.owner, createdAt: item.createdAt,
            state: 'done', outcome});
    }

    /**
     * Delivers items in the order they were made where order matters, and submissions, which depend on
     * nothing, a few at a time beside them: a check-out follows its check-in and a sign-up keeps its place,
     * while a hundred reports filed in a dead spot need not wait for each other's round trips. The first
     * reason to stop (no network, an expired login) ends every lane after the item it is on.
     */
    async function deliverAll(items) {
        let stop = null;
        async function lane(queue) {
            while (queue.length && !stop) {
                const item = queue.shift();
                try {
                    await deliver(item);
                } catch (e) {
                    stop = stop || e;
                }
            }
        }
        const submissions = items.filter(item => item.kind === 'submission');
        const ordered = followersAfter(items.filter(item => item.kind !== 'submission'));
        const submissionLanes = Array.from({length: SUBMISSIONS_AT_ONCE}, () => lane(submissions));
        await Promise.all([lane(ordered)].concat(submissionLanes));
        if (stop) {
            throw stop;
        }
    }

    /**
     * The items in the order made, except that an item naming one to follow comes right after it when both
     * wait: a patrol's events were made while it was walked, before the patrol itself.
     */
    function followersAfter(items) {
        const waiting = new Set(items.map(item => item.id));
        const follows = item => item.after && waiting.has(item.after);
        const ordered = [];
        const place = item => {
            ordered.push(item);
            items.filter(other => other.after === item.id).forEach(place);
        };
        items.filter(item => !follows(item)).forEach(place);
        return ordered;
    }

    async function replay() {
        if (!navigator.onLine) {
            return;
        }
        try {
            if (!(await startSession())) {
                return;
            }
            const mine = item => !item.owner || item.owner === session.username;
            await deliverAll((await all()).filter(item => item.state === 'pending' && mine(item)));
        } catch (e) {
            if (!(e instanceof Stop)) {
                throw e;
            }
            // A lost network, a server error or an expired login: the item stays and is sent again later.
        } finally {
            changed();
        }
    }

    /** Replays the outbox; one run at a time across this device's tabs. */
    function sync() {
        if (!running) {
            const run = navigator.locks ? navigator.locks.request('sanling-outbox', replay) : replay();
            running = run.finally(() => {
                running = null;
            });
        }
        return running;
    }

    /** Forgets the device's copies of someone's lists (the service worker's runtime cache). */
    function forgetLists() {
        if (navigator.serviceWorker && navigator.serviceWorker.controller) {
            navigator.serviceWorker.controller.postMessage('forget-lists');
        }
    }

    /** The portal's service worker, at the root scope, so every page of the portal opens offline. */
    function register() {
        if ('serviceWorker' in navigator) {
            navigator.serviceWorker.register('/sw.js', {scope: '/'});
        }
    }

    function start() {
        register();
        window.addEventListener('online', sync);
        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') {
                sync();
            }
        });
        setInterval(sync, SYNC_EVERY_MS);
        sync();
    }

    window.SanlingOutbox = {
        add, resend, dismiss, all, get, read, pendingCount, sync, start, register, forgetLists,
        onChange: listener => listeners.push(listener),
        isPaused: () => paused,
        user: () => localStorage.getItem(USER),
        rememberUser: username => localStorage.setItem(USER, username)
    };
})();
