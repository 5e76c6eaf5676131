/* My shifts (as last seen) and the outbox: what waits, what the server made of it, what it refused. */
(function () {
    'use strict';
    const {t, el, list, when} = SanlingShell;
    const outbox = SanlingOutbox;
    const EDITABLE = {submission: '/offline/submit.html', consultation: '/offline/consult.html'};

    async function showShifts() {
        const mine = await list('/api/v1/me/signups');
        const upcoming = mine ? mine.upcoming : [];
        document.getElementById('shifts-empty').hidden = upcoming.length > 0;
        document.getElementById('shifts').replaceChildren(...upcoming.map(s => el('li', {class: 'shift'},
            el('span', {}, el('strong', {}, s.campaignTitle), el('br'), when(s.startsAt) + ' · ' + s.place),
            el('span', {class: 'state state-done'},
                s.status === 'WAITLISTED' ? t('offline.outcome.waitlisted', s.position) : t('signupStatus.' + s.status)))));
    }

    function outcome(item) {
        const o = item.outcome;
        if (item.state === 'pending') {
            return t('offline.state.pending');
        }
        if (item.state === 'refused') {
            return t('offline.outcome.refused', o.reason);
        }
        if (o.status === 'WAITLISTED') {
            return t('offline.outcome.waitlisted', o.position);
        }
        return o.number ? t('offline.outcome.createdNumber', o.number) : t('offline.outcome.created');
    }

    async function row(item) {
        const content = item.state === 'done' ? null : await outbox.read(item);
        const label = content ? content.label : (item.outcome && item.outcome.label) || '';
        const actions = el('div', {class: 'item-actions'});
        if (item.state !== 'pending') {
            const dismiss = el('button', {type: 'button', class: 'button secondary dismiss'}, t('offline.outbox.dismiss'));
            dismiss.addEventListener('click', () => outbox.dismiss(item.id));
            actions.append(dismiss);
        }
        if (item.state === 'refused' && EDITABLE[item.kind]) {
            actions.append(el('a', {class: 'button edit', href: EDITABLE[item.kind] + '?edit=' + item.id},
                t('offline.outbox.edit')));
        }
        const mine = !item.owner || !outbox.user() || item.owner === outbox.user();
        return el('li', {class: 'outbox-item', 'data-id': item.id, 'data-state': item.state},
            el('div', {class: 'item-head'},
                el('strong', {}, t('offline.kind.' + item.kind)),
                el('span', {class: 'state state-' + item.state}, outcome(item))),
            label ? el('span', {class: 'label'}, label) : '',
            el('small', {class: 'hint'}, when(item.createdAt)
                + (item.photos && item.photos.length ? ' · ' + t('offline.outbox.photos', item.photos.length) : '')
                + (mine ? '' : ' · ' + t('offline.outbox.otherUser', item.owner))),
            actions);
    }

    async function showOutbox() {
        const items = await outbox.all();
        document.getElementById('outbox-empty').hidden = items.length > 0;
        document.getElementById('items').replaceChildren(...await Promise.all(items.map(row)));
    }

    document.getElementById('sync-now').addEventListener('click', () => outbox.sync());
    outbox.onChange(showOutbox);
    showOutbox();
    showShifts();
    window.addEventListener('online', showShifts);
})();
