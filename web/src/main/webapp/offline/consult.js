/*
 * Booth mode offline: a consultation at a legal-aid event I may log at, one tap per topic and outcome,
 * into the outbox. The citizen's name and phone only with their consent. With ?edit=<clientId> the page
 * corrects an entry the server refused and sends it again.
 */
(function () {
    'use strict';
    const {t, el, list, say, refused, resend} = SanlingShell;
    const outbox = SanlingOutbox;
    const OUTCOMES = ['ANSWERED', 'REFERRED'];
    const form = document.getElementById('form');
    const editing = new URLSearchParams(location.search).get('edit');
    let events = [];
    let topic = null;
    let result = null;
    let logged = 0;

    function choices(container, entries, chosen) {
        container.replaceChildren(...entries.map(([value, text]) => {
            const button = el('button', {type: 'button', class: 'button secondary', 'data-value': value,
                'aria-pressed': 'false'}, text);
            button.addEventListener('click', () => {
                container.querySelectorAll('button').forEach(b => b.setAttribute('aria-pressed', String(b === button)));
                chosen(value);
            });
            return button;
        }));
    }

    function press(container, value) {
        const button = container.querySelector('[data-value="' + CSS.escape(value) + '"]');
        if (button) {
            button.click();
        }
    }

    function showTopics() {
        const event = events.find(e => e.id === form.event.value);
        topic = null;
        choices(document.getElementById('topics'), event ? event.topics.map(tp => [tp.id, tp.name]) : [],
            value => topic = value);
    }

    async function load() {
        events = ((await list('/api/v1/legal-aid/events')) || []).filter(e => e.mayLog && !e.cancelled);
        document.getElementById('events-empty').hidden = events.length > 0;
        form.event.replaceChildren(...events.map(e => el('option', {value: e.id}, e.title)));
        showTopics();
        choices(document.getElementById('outcomes'), OUTCOMES.map(o => [o, t('outcome.' + o)]), value => result = value);
    }

    form.event.addEventListener('change', showTopics);
    form.consent.addEventListener('change', () => document.getElementById('contact').hidden = !form.consent.checked);

    function clear() {
        form.reset();
        document.getElementById('contact').hidden = true;
        form.querySelectorAll('[aria-pressed]').forEach(b => b.setAttribute('aria-pressed', 'false'));
        topic = null;
        result = null;
    }

    form.addEventListener('submit', async submitted => {
        submitted.preventDefault();
        const error = document.getElementById('form-error');
        error.textContent = form.event.value && topic && result ? '' : t('offline.form.required');
        if (error.textContent) {
            return;
        }
        const consent = form.consent.checked;
        const clientId = editing || crypto.randomUUID();
        const body = {clientId, topic, outcome: result, summary: form.summary.value.trim() || null,
            citizenConsent: consent, citizenName: consent ? form.citizenName.value.trim() || null : null,
            citizenPhone: consent ? form.citizenPhone.value.trim() || null : null};
        const event = events.find(e => e.id === form.event.value);
        const content = {path: '/api/v1/legal-aid/events/' + encodeURIComponent(event.id) + '/consultations', body,
            label: event.title, eventId: event.id};
        if (editing) {
            await resend(editing, content);
            return;
        }
        await outbox.add('consultation', clientId, content);
        const eventId = form.event.value;
        clear();
        form.event.value = eventId;
        showTopics();
        logged++;
        document.getElementById('logged').textContent = t('offline.consult.logged', logged);
        say(t('offline.queued'));
        outbox.sync();
    });

    async function loadEdited() {
        const content = await refused(editing);
        if (!content) {
            return;
        }
        form.event.value = content.eventId;
        showTopics();
        press(document.getElementById('topics'), content.body.topic);
        press(document.getElementById('outcomes'), content.body.outcome);
        form.summary.value = content.body.summary || '';
        form.consent.checked = content.body.citizenConsent;
        document.getElementById('contact').hidden = !content.body.citizenConsent;
        form.citizenName.value = content.body.citizenName || '';
        form.citizenPhone.value = content.body.citizenPhone || '';
    }

    load().then(() => editing ? loadEdited() : null);
})();
