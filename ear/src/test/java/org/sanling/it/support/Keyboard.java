package org.sanling.it.support;

import com.microsoft.playwright.Page;

/**
 * A keyboard user's hands for the browser tests: focus moves only by Tab and Shift+Tab, and every element it
 * lands on must show where it is (a focus ring of its own, or the PrimeFaces widget around or beside a hidden input).
 */
public final class Keyboard {

    /** More than any page's tab order up to its main action; a journey that needs more has lost its way. */
    private static final int MAX_PRESSES = 80;

    /** What the focused element shows: an outline or ring of its own, or the focus state of the widget that wraps it. */
    private static final String FOCUS_SHOWN = """
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return 'nothing focused';
              const ring = e => { const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; };
              const widget = el.closest('.ui-state-focus, .ui-inputwrapper-focus')
                || el.parentElement.querySelector(':scope > .ui-state-focus');
              if (ring(el) || (widget && ring(widget))) return '';
              return 'no visible focus on ' + el.outerHTML.slice(0, 160);
            }""";

    private Keyboard() {
    }

    /** Presses Tab until the focused element matches the CSS selector, checking the focus ring at each stop. */
    public static void tabTo(Page page, String selector) {
        move(page, selector, "Tab");
    }

    /** Presses Shift+Tab until the focused element matches the CSS selector, checking the focus ring at each stop. */
    public static void shiftTabTo(Page page, String selector) {
        move(page, selector, "Shift+Tab");
    }

    /** Whether the focused element matches the CSS selector. */
    public static boolean focusIsOn(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.activeElement !== null && document.activeElement.matches(s)", selector);
    }

    /** Whether the focused element is inside an element that matches the CSS selector. */
    public static boolean focusIsWithin(Page page, String selector) {
        return (Boolean) page.evaluate("s => document.activeElement !== null && document.activeElement.closest(s) !== null", selector);
    }

    /** Fails unless the focused element shows that it has the focus. */
    public static void assertFocusShown(Page page) {
        String problem = (String) page.evaluate(FOCUS_SHOWN);
        if (!problem.isEmpty()) {
            throw new AssertionError(problem + " on " + page.url());
        }
    }

    private static void move(Page page, String selector, String key) {
        for (int i = 0; i < MAX_PRESSES; i++) {
            page.keyboard().press(key);
            if (!focusIsOn(page, "body")) { // past the page's last stop, focus rests on the page itself
                assertFocusShown(page);
            }
            if (focusIsOn(page, selector)) {
                return;
            }
        }
        throw new AssertionError(selector + " not reached with " + MAX_PRESSES + " × " + key + " on " + page.url()
                + "; focus on " + page.evaluate("document.activeElement.outerHTML.slice(0, 160)"));
    }
}
