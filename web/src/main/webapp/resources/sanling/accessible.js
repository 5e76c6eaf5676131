/*
 * What PrimeFaces 15 leaves out for assistive technology, mended on every Faces page (layout.xhtml), also
 * after Ajax updates: select-one buttons say which option is checked (aria-checked, kept in step with the
 * highlighted option), and a simple file upload's own input, hidden from screen readers in favour of its
 * labelled button, leaves the tab order too.
 */
(function () {
    'use strict';

    function mend() {
        document.querySelectorAll('.ui-selectonebutton [role=radio]').forEach(option => {
            const checked = String(option.classList.contains('ui-state-active'));
            if (option.getAttribute('aria-checked') !== checked) {
                option.setAttribute('aria-checked', checked);
            }
        });
        document.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden=true]:not([tabindex="-1"])')
            .forEach(input => input.setAttribute('tabindex', '-1'));
    }

    document.addEventListener('DOMContentLoaded', () => {
        mend();
        new MutationObserver(mend).observe(document.body,
            { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
}());
