/*
 * What PrimeFaces 15 leaves out for assistive technology and keyboards, mended on every Faces page
 * (layout.xhtml), also after Ajax updates:
 * - select-one buttons say which option is checked (aria-checked, kept in step with the highlighted option);
 * - a simple file upload's own input is what the keyboard reaches (its button only shows the focus), so it is
 *   not hidden from screen readers either: they announce it with the field's label (which names the upload's
 *   wrapper, not its input);
 * - the messages of the page's list are list items, not alerts of their own (the list is a live region);
 * - when a form comes back with errors, the first field in error has the focus (PrimeFaces already marks it
 *   aria-invalid and ties it to its announced message), so a keyboard or screen-reader user starts there;
 * - a dialog, once closed, gives the focus back to the control that had it before (PrimeFaces does not when
 *   Escape closes a confirmation dialog);
 * - when an Ajax update replaces the focused control by another (报名 becomes 取消报名), focus stays at the
 *   same place in the tab order instead of falling back to the top of the page; PrimeFaces itself only
 *   refocuses a control that is still there under the same id.
 */
(function () {
    'use strict';

    const FOCUSABLE = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]),'
        + ' textarea:not([disabled]), [tabindex]';

    function mend() {
        document.querySelectorAll('.ui-selectonebutton [role=radio]').forEach(option => {
            const checked = String(option.classList.contains('ui-state-active'));
            if (option.getAttribute('aria-checked') !== checked) {
                option.setAttribute('aria-checked', checked);
            }
        });
        document.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden=true]').forEach(input => {
            const label = document.querySelector('label[for="' + CSS.escape(input.id.replace(/_input$/, '')) + '"]');
            if (label) {
                input.setAttribute('aria-label', label.textContent.trim());
            }
            input.removeAttribute('aria-hidden');
        });
        // A message in the page's list stays a list item: the list's live region already announces it.
        document.querySelectorAll('.ui-messages[aria-live] li[role=alert]').forEach(item => item.removeAttribute('role'));
    }

    /** The elements Tab stops at, in the page's order. */
    function tabStops() {
        return Array.from(document.querySelectorAll(FOCUSABLE))
            .filter(e => e.tabIndex >= 0 && e.getClientRects().length > 0);
    }

    function focusFirstError() {
        const first = tabStops().find(e => e.closest('main') && (e.matches('[aria-invalid=true]')
            || e.closest('.ui-state-error, [aria-invalid=true]') !== null));
        if (first) {
            first.focus();
        }
    }

    let stopBeforeUpdate = -1;
    let lastFocusOutsideDialogs = null;

    /** A dialog closed (by Escape, its buttons or its close icon) gives the focus back to where it was before. */
    function giveFocusBack(dialog) {
        const active = document.activeElement;
        const lost = active === null || active === document.body || dialog.contains(active);
        if (lost && lastFocusOutsideDialogs !== null && lastFocusOutsideDialogs.isConnected) {
            lastFocusOutsideDialogs.focus();
        }
    }

    document.addEventListener('focusin', event => {
        if (!event.target.closest('.ui-dialog')) {
            lastFocusOutsideDialogs = event.target;
        }
    });

    document.addEventListener('DOMContentLoaded', () => {
        mend();
        new MutationObserver(mend).observe(document.body,
            { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
        new MutationObserver(changes => changes
            .filter(c => c.target.matches('.ui-dialog') && c.target.getAttribute('aria-hidden') === 'true')
            .forEach(c => giveFocusBack(c.target)))
            .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-hidden'] });
        focusFirstError();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxSend', () => {
                stopBeforeUpdate = tabStops().indexOf(document.activeElement);
            });
            jQuery(document).on('pfAjaxComplete', (event, xhr, settings, args) => {
                if (args && args.validationFailed) {
                    focusFirstError();
                } else if (stopBeforeUpdate >= 0 && (document.activeElement === null || document.activeElement === document.body)) {
                    const stops = tabStops();
                    const same = stops[Math.min(stopBeforeUpdate, stops.length - 1)];
                    if (same) {
                        same.focus();
                    }
                }
                stopBeforeUpdate = -1;
            });
        }
    });
}());
