/*
 * Checking in and out of my shifts with the shift's code, offline too: the entry keeps the time it was
 * made (the server takes times up to 48 hours back) and syncs with the outbox.
 */
(function () {
    'use strict';
    const {t, el, list, when, say} = SanlingShell;
    const outbox = SanlingOutbox;

    function shiftRow(signup) {
        const code = el('input', {type: 'text', class: 'code-input', inputmode: 'numeric', maxlength: '6',
            'aria-label': t('offline.attendance.code'), placeholder: t('offline.attendance.code')});
        const actions = [['checkin', 'check-in', 'offline.attendance.checkIn'],
            ['checkout', 'check-out', 'offline.attendance.checkOut']].map(([kind, action, key]) => {
            const button = el('button', {type: 'button', class: 'button ' + kind}, t(key));
            button.addEventListener('click', async () => {
                if (!/^\d{6}$/.test(code.value.trim())) {
                    say(t('offline.attendance.codeInvalid'), 'error');
                    return;
                }
                const path = '/api/v1/signups/' + encodeURIComponent(signup.id) + '/' + action;
                await outbox.add(kind, crypto.randomUUID(), {path, body: {code: code.value.trim(),
                    at: new Date().toISOString()}, label: signup.campaignTitle});
                code.value = '';
                say(t('offline.queued'));
                outbox.sync();
            });
            return button;
        });
        return el('li', {class: 'upcoming-shift'},
            el('span', {}, el('strong', {}, signup.campaignTitle), el('br'), when(signup.startsAt) + ' · ' + signup.place),
            el('div', {class: 'item-actions'}, code, actions));
    }

    async function show() {
        const mine = await list('/api/v1/me/signups');
        const confirmed = (mine ? mine.upcoming : []).filter(s => s.status === 'CONFIRMED');
        document.getElementById('shifts-empty').hidden = confirmed.length > 0;
        document.getElementById('shifts').replaceChildren(...confirmed.map(shiftRow));
    }

    show();
})();
