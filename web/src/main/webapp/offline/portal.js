/*
 * On the portal's Faces pages (layout.xhtml): registers the service worker, remembers who is logged in
 * (so items made offline belong to them), sends the outbox like the offline pages do, shows its count
 * in the menu, and warns before a logout that would leave items unsent.
 */
(function () {
    'use strict';
    const outbox = SanlingOutbox;
    const facts = document.querySelector('meta[name=sanling-offline]');
    if (!facts) {
        outbox.register();
        return;
    }
    outbox.rememberUser(facts.dataset.user);
    let pending = 0;

    async function count() {
        pending = await outbox.pendingCount();
        const badge = document.getElementById('offlineCount');
        if (badge) {
            badge.textContent = pending ? String(pending) : '';
            badge.classList.toggle('count', pending > 0);
        }
    }

    // Capturing, so the warning comes before the logout link's own handler.
    document.addEventListener('click', event => {
        const logout = event.target.closest('[id$="logout"]');
        if (!logout) {
            return;
        }
        if (pending > 0 && !confirm(facts.dataset.logoutWarning.split('{0}').join(pending))) {
            event.preventDefault();
            event.stopImmediatePropagation();
            return;
        }
        outbox.forgetLists();
    }, true);

    outbox.onChange(count);
    document.addEventListener('DOMContentLoaded', () => {
        count();
        outbox.start();
    });
})();
