/*
 * Signing up for a shift from the campaign list as last seen. The server decides when the sign-up syncs:
 * a place, the waitlist (with its position) or a refusal with its reason.
 */
(function () {
    'use strict';
    const {t, el, list, today, when, say} = SanlingShell;
    const outbox = SanlingOutbox;

    /** The shifts already waiting in the outbox: no second sign-up for them from this page. */
    async function queuedPaths() {
        const waiting = (await outbox.all()).filter(item => item.kind === 'signup' && item.state === 'pending');
        return new Set(await Promise.all(waiting.map(async item => (await outbox.read(item)).path)));
    }

    function shiftRow(campaign, shift, queued) {
        const path = '/api/v1/shifts/' + encodeURIComponent(shift.id) + '/signups';
        const label = campaign.title + ' · ' + when(shift.startsAt);
        const places = t('offline.signup.places', shift.confirmed, shift.capacity);
        const taken = shift.mySignup ? t('signupStatus.' + shift.mySignup.status)
            : queued.has(path) ? t('offline.state.pending') : null;
        const button = el('button', {type: 'button', class: 'button sign-up', disabled: !!taken || shift.cancelled},
            taken || t('offline.signup.button'));
        button.addEventListener('click', async () => {
            button.disabled = true;
            const clientId = crypto.randomUUID();
            await outbox.add('signup', clientId, {path, body: {clientId}, label});
            button.textContent = t('offline.state.pending');
            say(t('offline.queued'));
            outbox.sync();
        });
        return el('li', {class: 'shift', 'data-shift': shift.id},
            el('span', {}, when(shift.startsAt) + ' · ' + shift.place, el('br'), el('small', {class: 'hint'}, places)),
            button);
    }

    async function show() {
        const page = await list('/api/v1/campaigns?status=PUBLISHED&size=100&from=' + today());
        const campaigns = page ? page.items : [];
        const queued = await queuedPaths();
        document.getElementById('as-of').textContent = navigator.onLine ? '' : t('offline.asLastSeen');
        document.getElementById('campaigns-empty').hidden = campaigns.length > 0;
        document.getElementById('campaigns').replaceChildren(...campaigns.map(c => el('li', {class: 'campaign'},
            el('strong', {}, c.title), el('small', {class: 'hint'}, c.areaName + ' · ' + c.category),
            el('ul', {class: 'items'}, c.shifts.map(s => shiftRow(c, s, queued))))));
    }

    show();
    window.addEventListener('online', show);
})();
