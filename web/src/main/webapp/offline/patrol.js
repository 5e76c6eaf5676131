/*
 * A grid patrol on a handler's phone, one-handed: start it, log each event met (handled on the spot, or up to
 * the grid's queue, with a photo) and each dispute screened (矛盾纠纷排查: into the disputes register, its source
 * the patrol), end it with notes. Events and disputes go into the outbox as they are recorded and the patrol when
 * it ends; the outbox sends the patrol first and what was met on it after, each once by its client UUID.
 * The patrol being walked (its client UUID, start and events logged) is kept in localStorage, so a reload or a
 * dead battery between two events loses nothing; what was seen is only ever in the encrypted outbox.
 */
(function () {
    'use strict';
    const {t, el, list, when, say, downscale} = SanlingShell;
    const outbox = SanlingOutbox;
    const WALKING = 'sanling-patrol';
    const form = document.getElementById('event');
    const dispute = document.getElementById('dispute');
    const PHONE = /^[0-9+\- ]{5,20}$/;
    let photo = null;

    function walking() {
        const kept = JSON.parse(localStorage.getItem(WALKING) || 'null');
        return kept && kept.owner === outbox.user() ? kept : null;
    }

    function keep(patrol) {
        if (patrol) {
            localStorage.setItem(WALKING, JSON.stringify(patrol));
        } else {
            localStorage.removeItem(WALKING);
        }
        show();
    }

    function show() {
        const patrol = walking();
        document.getElementById('idle').hidden = !!patrol;
        form.hidden = !patrol;
        document.getElementById('screening').hidden = !patrol;
        document.getElementById('ending').hidden = !patrol;
        if (patrol) {
            document.getElementById('since').textContent = t('offline.patrol.since', when(patrol.startedAt));
            document.getElementById('logged').textContent = t('offline.patrol.logged', patrol.events);
        }
    }

    /** The choices of a list the admins keep (categories, dispute kinds), in the page's language. */
    async function fillChoices(select, path) {
        const choices = await list(path) || [];
        const english = SanlingShell.language === 'en';
        select.replaceChildren(...choices.map(c => el('option', {value: c.id}, english && c.nameEn ? c.nameEn : c.name)));
    }

    document.getElementById('start').addEventListener('click', () => keep({clientId: crypto.randomUUID(),
        owner: outbox.user(), startedAt: new Date().toISOString(), events: 0}));

    form.photo.addEventListener('change', async () => {
        const file = form.photo.files[0];
        try {
            photo = file ? await downscale(file) : null;
        } catch (e) {
            photo = null;
            say(t('offline.submit.photoUnreadable', file.name), 'error');
        }
        form.photo.value = '';
        const previews = document.getElementById('previews');
        previews.querySelectorAll('img').forEach(img => URL.revokeObjectURL(img.src));
        previews.replaceChildren(...(photo ? [el('img', {src: URL.createObjectURL(photo), alt: t('offline.patrol.photo')})] : []));
    });

    form.addEventListener('submit', async submitted => {
        submitted.preventDefault();
        const patrol = walking();
        const body = {clientId: crypto.randomUUID(), category: form.category.value, title: form.title.value.trim(),
            description: form.description.value.trim(), place: form.place.value.trim() || null,
            handledOnSpot: submitted.submitter.value === 'true'};
        const empty = ['category', 'title', 'description'].filter(name => !body[name]);
        document.getElementById('form-error').textContent = empty.length ? t('offline.form.required') : '';
        if (empty.length) {
            form[empty[0]].focus();
            return;
        }
        await outbox.add('patrolEvent', body.clientId, {path: '/api/v1/patrols/{after}/events', body, label: body.title},
            photo ? [photo] : [], patrol.clientId);
        form.reset();
        photo = null;
        document.getElementById('previews').replaceChildren();
        keep(Object.assign(patrol, {events: patrol.events + 1}));
        say(t('offline.queued'));
    });

    /** The parties named on the form: the first is required, the second optional; a phone only where given. */
    function parties() {
        return [[dispute.party1, dispute.phone1, 'offline.dispute.party1'], [dispute.party2, dispute.phone2, 'offline.dispute.party2']]
            .filter(([name]) => name.value.trim())
            .map(([name, phone, side]) => ({name: name.value.trim(), phone: phone.value.trim() || null, side: t(side)}));
    }

    dispute.addEventListener('submit', async submitted => {
        submitted.preventDefault();
        const patrol = walking();
        const error = document.getElementById('dispute-error');
        const empty = ['kind', 'title', 'description', 'party1'].filter(name => !dispute[name].value.trim());
        const badPhone = [dispute.phone1, dispute.phone2].find(phone => phone.value.trim() && !PHONE.test(phone.value.trim()));
        error.textContent = empty.length ? t('offline.form.required') : badPhone ? t('offline.dispute.phoneInvalid') : '';
        if (empty.length || badPhone) {
            (empty.length ? dispute[empty[0]] : badPhone).focus();
            return;
        }
        const me = await list('/api/v1/me');
        const body = {clientId: crypto.randomUUID(), areaCode: me ? me.areaCode : null, kind: dispute.kind.value,
            title: dispute.title.value.trim(), description: dispute.description.value.trim(),
            riskLevel: dispute.riskLevel.value, riskReasons: dispute.riskReasons.value.trim() || null,
            parties: parties(), source: 'PATROL', sourceId: null};
        // The patrol's server id, unknown until it is delivered, goes into sourceId then.
        await outbox.add('dispute', body.clientId, {path: '/api/v1/disputes', body, afterField: 'sourceId',
            label: body.title}, [], patrol.clientId);
        dispute.reset();
        document.getElementById('screening').open = false;
        say(t('offline.queued'));
    });

    document.getElementById('end').addEventListener('click', async () => {
        const patrol = walking();
        const notes = document.getElementById('notes');
        const body = {clientId: patrol.clientId, startedAt: patrol.startedAt, endedAt: new Date().toISOString(),
            notes: notes.value.trim() || null};
        await outbox.add('patrol', patrol.clientId, {path: '/api/v1/patrols', body,
            label: t('offline.patrol.label', when(patrol.startedAt), patrol.events)});
        notes.value = '';
        keep(null);
        say(t('offline.patrol.ended'));
        outbox.sync();
    });

    show();
    fillChoices(form.category, '/api/v1/categories');
    fillChoices(dispute.kind, '/api/v1/disputes/kinds');
    dispute.riskLevel.replaceChildren(...['LOW', 'MEDIUM', 'HIGH'].map(level => el('option', {value: level}, t('riskLevel.' + level))));
})();
