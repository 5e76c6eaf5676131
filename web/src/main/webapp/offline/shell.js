/*
 * The shell of the offline pages: the portal's top bar and menu, whether the device is online, the
 * outbox's "pending (N)" and, when the login expired, the way to log in again (which comes back here).
 * Texts come from the portal's resource bundles (/offline/messages.js), Chinese first, English on request.
 */
(function () {
    'use strict';

    const LANGUAGE = 'sanling-lang';
    /** The service worker's cache of read-only lists (WEB-INF/offline/sw.js). */
    const LISTS = 'sanling-lists';
    const OUTBOX = '/offline/index.html#outbox';
    const messages = self.SANLING_MESSAGES;
    const language = localStorage.getItem(LANGUAGE)
        || (navigator.language && navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');
    document.documentElement.lang = language;

    /** The text of a key with {0}, {1}… filled in. */
    function t(key, ...values) {
        const text = (messages[language] || messages['zh-CN'])[key];
        return values.reduce((filled, value, i) => filled.split('{' + i + '}').join(value), text === undefined ? key : text);
    }

    /** An element with attributes and children (strings become text: nothing is parsed as HTML). */
    function el(tag, attributes, ...children) {
        const element = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => {
            if (value === true) {
                element.setAttribute(name, '');
            } else if (value !== false && value !== null && value !== undefined) {
                element.setAttribute(name, value);
            }
        });
        children.flat().forEach(child => element.append(child instanceof Node ? child : String(child)));
        return element;
    }

    /**
     * A list the service worker keeps (network first, else as last seen). Offline, a list last seen
     * under other query values (another day) is better than none; null when there is none at all.
     */
    async function list(path) {
        try {
            const answer = await fetch(path, {credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'Accept-Language': language}});
            return answer.ok ? await answer.json() : null;
        } catch (e) {
            const seen = await caches.match(path, {ignoreSearch: true, cacheName: LISTS});
            return seen ? seen.json() : null;
        }
    }

    /** Today in Asia/Shanghai, yyyy-MM-dd. */
    function today() {
        return new Date().toLocaleDateString('sv-SE', {timeZone: 'Asia/Shanghai'});
    }

    /** A date and time as people here read it. */
    function when(iso) {
        return iso ? new Date(iso).toLocaleString(language, {month: 'numeric', day: 'numeric', weekday: 'short',
            hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai'}) : '';
    }

    const MAX_SIDE = 1600;
    const MAX_BYTES = 1024 * 1024;

    /** A photo at most MAX_SIDE wide and high, as JPEG, its quality lowered until it fits MAX_BYTES. */
    async function downscale(file) {
        const bitmap = await createImageBitmap(file);
        const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(bitmap.width * scale);
        canvas.height = Math.round(bitmap.height * scale);
        canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        bitmap.close();
        for (let quality = 0.85; ; quality -= 0.15) {
            const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', quality));
            if (blob.size <= MAX_BYTES || quality < 0.3) {
                return blob;
            }
        }
    }

    const PAGES = [
        ['index', '/offline/index.html', 'offline.nav.home'],
        ['submit', '/offline/submit.html', 'offline.nav.submit'],
        ['signup', '/offline/signup.html', 'offline.nav.signup'],
        ['consult', '/offline/consult.html', 'offline.nav.consult'],
        ['attendance', '/offline/attendance.html', 'offline.nav.attendance'],
        ['patrol', '/offline/patrol.html', 'offline.nav.patrol']
    ];

    function render() {
        const page = document.body.dataset.page;
        document.title = t('offline.title.' + page) + ' · ' + t('app.name');
        document.querySelectorAll('[data-i18n]').forEach(node => {
            node.textContent = t(node.dataset.i18n);
        });
        document.querySelectorAll('[data-i18n-placeholder]').forEach(node => {
            node.placeholder = t(node.dataset.i18nPlaceholder);
        });
        const other = language === 'en' ? 'zh-CN' : 'en';
        const switcher = el('a', {href: '#', id: 'language', lang: other}, language === 'en' ? '中文' : 'English');
        switcher.addEventListener('click', event => {
            event.preventDefault();
            localStorage.setItem(LANGUAGE, other);
            location.reload();
        });
        const header = el('header', {class: 'topbar'},
            el('a', {class: 'brand', href: '/'}, t('app.name')),
            el('div', {class: 'topbar-actions'},
                el('span', {id: 'network', class: 'network', role: 'status'}),
                el('a', {id: 'pending', href: OUTBOX}),
                switcher));
        const banner = el('div', {id: 'paused', class: 'offline-banner', role: 'alert', hidden: true},
            t('offline.paused') + ' ',
            el('a', {id: 'login-again', href: '/login.xhtml?next=' + encodeURIComponent(location.pathname)},
                t('offline.loginAgain')));
        const nav = el('nav', {class: 'mainnav', 'aria-label': t('offline.nav.label')},
            PAGES.map(([name, href, key]) => el('a', {id: 'nav-' + name, href,
                'aria-current': name === page ? 'page' : null}, t(key))));
        const main = document.getElementById('main');
        main.before(header, banner, nav);
        // Handlers walk grids; nobody else is offered the patrol page.
        const patrol = document.getElementById('nav-patrol');
        patrol.hidden = page !== 'patrol';
        list('/api/v1/me').then(me => patrol.hidden = !(me && me.roles.includes('HANDLER')));
        main.after(el('footer', {class: 'footer'}, t('offline.footer')));
        window.addEventListener('online', showNetwork);
        window.addEventListener('offline', showNetwork);
        showNetwork();
        SanlingOutbox.onChange(showOutbox);
        showOutbox();
    }

    function showNetwork() {
        const network = document.getElementById('network');
        network.textContent = navigator.onLine ? t('offline.online') : t('offline.offline');
        network.classList.toggle('is-offline', !navigator.onLine);
        document.body.classList.toggle('is-offline', !navigator.onLine);
    }

    async function showOutbox() {
        document.getElementById('pending').textContent = t('offline.pending', await SanlingOutbox.pendingCount());
        document.getElementById('paused').hidden = !SanlingOutbox.isPaused();
    }

    /** A short message on the page (role=status, so screen readers read it). */
    function say(text, kind) {
        const box = document.getElementById('notice');
        box.textContent = text;
        box.className = 'notice ' + (kind || 'ok');
        box.hidden = false;
    }

    /**
     * The refused item a form corrects (?edit=<clientId>): its content, after saying why the server refused
     * it; null, and back to the outbox, when there is no such item.
     */
    async function refused(id) {
        const item = await SanlingOutbox.get(id);
        const content = item && item.state === 'refused' ? await SanlingOutbox.read(item) : null;
        if (!content) {
            location.href = OUTBOX;
            return null;
        }
        say(t('offline.outcome.refused', item.outcome.reason), 'error');
        document.getElementById('queue').textContent = t('offline.resend');
        return content;
    }

    /** Sends the corrected item again and shows the outbox. */
    async function resend(id, content) {
        await SanlingOutbox.resend(id, content);
        location.href = OUTBOX;
    }

    window.SanlingShell = {t, el, list, today, when, say, refused, resend, downscale, language};

    document.addEventListener('DOMContentLoaded', () => {
        render();
        SanlingOutbox.start();
    });
})();
