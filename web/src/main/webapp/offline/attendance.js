/*
 * Checking in and out of my shifts with the shift's code, offline too: the entry keeps the time it was
 * made (the server takes times up to 48 hours back) and syncs with the outbox. The code is typed, or read
 * from the QR code on the organiser's printed page (扫码签到): scanned here with the camera, or opened
 * as a link by the phone's own camera app. That QR code is this page's address with
 * #shift=<shift id>&code=<6 digits>; a check-in it starts is queued once and goes the same way.
 */
(function () {
    'use strict';
    const {t, el, list, when, say} = SanlingShell;
    const outbox = SanlingOutbox;
    /** How often a camera frame is looked at for a QR code. */
    const SCAN_EVERY_MS = 250;

    /** My confirmed places on shifts still to come, as last seen. */
    let confirmed = [];
    /** The camera while it is looking for a QR code; null otherwise. */
    let camera = null;

    async function queue(signup, kind, code) {
        const action = kind === 'checkin' ? 'check-in' : 'check-out';
        const path = '/api/v1/signups/' + encodeURIComponent(signup.id) + '/' + action;
        await outbox.add(kind, crypto.randomUUID(), {path, body: {code, at: new Date().toISOString()},
            label: signup.campaignTitle});
        outbox.sync();
    }

    function shiftRow(signup) {
        const code = el('input', {type: 'text', class: 'code-input', inputmode: 'numeric', maxlength: '6',
            'aria-label': t('offline.attendance.code'), placeholder: t('offline.attendance.code')});
        const actions = [['checkin', 'offline.attendance.checkIn'], ['checkout', 'offline.attendance.checkOut']]
            .map(([kind, key]) => {
                const button = el('button', {type: 'button', class: 'button ' + kind}, t(key));
                button.addEventListener('click', async () => {
                    if (!/^\d{6}$/.test(code.value.trim())) {
                        say(t('offline.attendance.codeInvalid'), 'error');
                        return;
                    }
                    await queue(signup, kind, code.value.trim());
                    code.value = '';
                    say(t('offline.queued'));
                });
                return button;
            });
        return el('li', {class: 'upcoming-shift', 'data-shift': signup.shiftId},
            el('span', {}, el('strong', {}, signup.campaignTitle), el('br'), when(signup.startsAt) + ' · ' + signup.place),
            el('div', {class: 'item-actions'}, code, actions));
    }

    /** The shift and code a check-in QR code carries, or null for any other text. */
    function checkInLink(text) {
        try {
            const params = new URLSearchParams(new URL(text, location.href).hash.slice(1));
            const shift = params.get('shift');
            const code = params.get('code');
            return shift && /^\d{6}$/.test(code || '') ? {shift, code} : null;
        } catch (e) {
            return null;
        }
    }

    async function checkInBy(link) {
        const signup = confirmed.find(s => s.shiftId === link.shift);
        if (!signup) {
            say(t('offline.attendance.notOnShift'), 'error');
            return;
        }
        await queue(signup, 'checkin', link.code);
        say(t('offline.attendance.scanned', signup.campaignTitle) + t('offline.queued'));
    }

    /** The browser's own BarcodeDetector where it reads QR codes, else ZXing's from the portal's /qr/. */
    async function qrReader() {
        if ('BarcodeDetector' in window && (await BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
            return new BarcodeDetector({formats: ['qr_code']});
        }
        const zxing = self.BarcodeDetectionAPI;
        // Its .wasm from the portal (and so from the service worker's cache offline), never from a CDN.
        zxing.prepareZXingModule({overrides: {locateFile: (file, prefix) =>
            file.endsWith('.wasm') ? '/qr/' + file : prefix + file}});
        return new zxing.BarcodeDetector({formats: ['qr_code']});
    }

    async function scan() {
        try {
            camera = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false});
        } catch (e) {
            say(t('offline.attendance.noCamera'), 'error');
            return;
        }
        const video = document.getElementById('camera');
        document.getElementById('scan').hidden = true;
        document.getElementById('scanner').hidden = false;
        video.srcObject = camera;
        await video.play();
        const reader = await qrReader();
        while (camera) {
            const codes = video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA
                ? await reader.detect(video).catch(() => []) : [];
            const link = codes.map(code => checkInLink(code.rawValue)).find(Boolean);
            // Checked once: the camera is off before the check-in is queued, so no later frame repeats it.
            if (link && camera) {
                stopScanning();
                await checkInBy(link);
                return;
            }
            await new Promise(resolve => setTimeout(resolve, SCAN_EVERY_MS));
        }
    }

    function stopScanning() {
        if (camera) {
            camera.getTracks().forEach(track => track.stop());
            camera = null;
        }
        document.getElementById('camera').srcObject = null;
        document.getElementById('scanner').hidden = true;
        document.getElementById('scan').hidden = false;
    }

    async function show() {
        const mine = await list('/api/v1/me/signups');
        confirmed = (mine ? mine.upcoming : []).filter(s => s.status === 'CONFIRMED');
        document.getElementById('shifts-empty').hidden = confirmed.length > 0;
        document.getElementById('shifts').replaceChildren(...confirmed.map(shiftRow));
        const link = checkInLink(location.href);
        if (link && !mine) {
            say(t('offline.attendance.noList'), 'error');
        } else if (link) {
            // Opened from the QR code by the phone's camera app: check in once, not again on a reload.
            history.replaceState(null, '', location.pathname);
            await checkInBy(link);
        }
    }

    document.getElementById('scan').addEventListener('click', scan);
    document.getElementById('scan-stop').addEventListener('click', stopScanning);
    show();
})();
