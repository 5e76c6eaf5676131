/*
 * A new submission, filed into the outbox (and sent at once when there is a network). Photos are
 * downscaled on the device to at most 1600 px and 1 MB each, up to six, and travel with the item.
 * With ?edit=<clientId> the page corrects an item the server refused and sends it again.
 */
(function () {
    'use strict';
    const {t, el, list, say, refused, resend, downscale} = SanlingShell;
    const outbox = SanlingOutbox;
    const TYPES = ['COMPLAINT', 'SUGGESTION', 'HAZARD', 'DISPUTE', 'OPINION'];
    const URGENCIES = ['NORMAL', 'URGENT'];
    const MAX_PHOTOS = 6;
    const form = document.getElementById('form');
    const editing = new URLSearchParams(location.search).get('edit');
    let clientId = crypto.randomUUID();
    let photos = [];

    function options(select, entries) {
        select.replaceChildren(...entries.map(([value, text]) => el('option', {value}, text)));
    }

    async function fillChoices() {
        options(form.type, TYPES.map(type => [type, t('submissionType.' + type)]));
        options(form.urgency, URGENCIES.map(urgency => [urgency, t('urgency.' + urgency)]));
        const categories = await list('/api/v1/categories') || [];
        const english = SanlingShell.language === 'en';
        options(form.category, categories.map(c => [c.id, english && c.nameEn ? c.nameEn : c.name]));
        const me = await list('/api/v1/me');
        const areas = me ? [[me.areaCode, me.areaName]] : [];
        const below = me ? await list('/api/v1/areas?parent=' + encodeURIComponent(me.areaCode)) : null;
        (below || []).forEach(area => areas.push([area.code, area.name]));
        options(form.areaCode, areas.length ? areas : [['', t('offline.submit.myArea')]]);
    }

    form.photos.addEventListener('change', async () => {
        const chosen = Array.from(form.photos.files).slice(0, MAX_PHOTOS - photos.length);
        for (const file of chosen) {
            try {
                photos.push(await downscale(file));
            } catch (e) {
                say(t('offline.submit.photoUnreadable', file.name), 'error');
            }
        }
        form.photos.value = '';
        showPreviews();
    });

    function showPreviews() {
        const previews = document.getElementById('previews');
        previews.querySelectorAll('img').forEach(img => URL.revokeObjectURL(img.src));
        previews.replaceChildren(...photos.map(photo => el('img', {src: URL.createObjectURL(photo),
            alt: t('offline.submit.photos')})));
    }

    function read() {
        return {
            clientId, type: form.type.value, category: form.category.value, areaCode: form.areaCode.value || null,
            title: form.title.value.trim(), content: form.content.value.trim(), place: form.place.value.trim() || null,
            urgency: form.urgency.value, occurredAt: new Date().toISOString()
        };
    }

    function missing(body) {
        return [['title', body.title], ['content', body.content], ['category', body.category]]
            .filter(([, value]) => !value).map(([name]) => name);
    }

    form.addEventListener('submit', async event => {
        event.preventDefault();
        const body = read();
        const empty = missing(body);
        document.getElementById('form-error').textContent = empty.length ? t('offline.form.required') : '';
        if (empty.length) {
            form[empty[0]].focus();
            return;
        }
        const content = {path: '/api/v1/submissions', body, label: body.title};
        if (editing) {
            await resend(editing, content);
            return;
        }
        await outbox.add('submission', clientId, content, photos);
        form.reset();
        photos = [];
        showPreviews();
        clientId = crypto.randomUUID();
        say(t('offline.queued'));
        outbox.sync();
    });

    async function loadEdited() {
        const content = await refused(editing);
        if (content) {
            clientId = editing;
            ['type', 'category', 'areaCode', 'title', 'content', 'place', 'urgency']
                .forEach(name => form[name].value = content.body[name] || '');
            form.photos.closest('.field').hidden = true;
        }
    }

    fillChoices().then(() => editing ? loadEdited() : null);
})();
