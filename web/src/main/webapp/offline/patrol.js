/*
 * A grid patrol on a handler's phone, one-handed: start it, log each event met (handled on the spot, or up to
 * the grid's queue, with a photo), end it with notes. Events go into the outbox as they are logged and the
 * patrol when it ends; the outbox sends the patrol first and its events after it, each once by its client UUID.
 * The patrol being walked (its client UUID, start and events logged) is kept in localStorage, so a reload or a
 * dead battery between two events loses nothing; what was seen is only ever in the encrypted outbox.
 */
(function () {
    'use strict';
    const {t, el, list, when, say, downscale} = SanlingShell;
    const outbox = SanlingOutbox;
    const WALKING = 'sanling-patrol';
    const form = document.getElementById('event');
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
        document.getElementById('ending').hidden = !patrol;
        if (patrol) {
            document.getElementById('since').textContent = t('offline.patrol.since', when(patrol.startedAt));
            document.getElementById('logged').textContent = t('offline.patrol.logged', patrol.events);
        }
    }

    async function fillCategories() {
        const categories = await list('/api/v1/categories') || [];
        const english = SanlingShell.language === 'en';
        form.category.replaceChildren(...categories.map(c => el('option', {value: c.id}, english && c.nameEn ? c.nameEn : c.name)));
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
    fillCategories();
})();
