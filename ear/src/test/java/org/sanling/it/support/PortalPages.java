package org.sanling.it.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What browser tests do on the portal's pages again and again: a phone, a login, a PrimeFaces menu. */
public final class PortalPages {

    private static final Duration WAIT_LIMIT = Duration.ofSeconds(90);

    private PortalPages() {
    }

    /** A 360-px-wide phone in Chinese. */
    public static BrowserContext phone(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780).setLocale("zh-CN"));
    }

    /**
     * Logs in on a new page of the context and waits for the home page. Every request the page makes to
     * another host than the portal lands in {@code foreignRequests} (the page's own blob: URLs stay on the
     * device).
     */
    public static Page logIn(BrowserContext context, String username, String password, List<String> foreignRequests) {
        Page page = watchedPage(context, foreignRequests);
        page.navigate(Portal.BASE + "/login.xhtml");
        page.locator("#login\\:username").fill(username);
        page.locator("#login\\:password").fill(password);
        page.locator("#login\\:submit").click();
        assertThat(page.locator("h1#greeting")).isVisible();
        return page;
    }

    /** A new page of the context; every request it makes to another host than the portal lands in {@code foreignRequests}. */
    public static Page watchedPage(BrowserContext context, List<String> foreignRequests) {
        Page page = context.newPage();
        page.onRequest(request -> {
            if (foreign(request.url())) {
                foreignRequests.add(request.url());
            }
        });
        return page;
    }

    /** Whether a request leaves the device for another host than the portal (its own data: and blob: URLs do not). */
    public static boolean foreign(String url) {
        return !url.startsWith(Portal.BASE + "/") && !url.startsWith("data:") && !url.startsWith("blob:" + Portal.BASE + "/");
    }

    /**
     * Picks an option of a PrimeFaces select menu once its panel has opened, and checks it was taken. A click on an
     * item while the panel is still opening is sometimes dropped on a busy machine (seen once in .ci/run: the panel
     * stayed open, the label unchanged); a person clicks again, and so does this, once.
     */
    public static void choose(Page page, String menuId, String option) {
        Locator label = page.locator("#" + menuId + "_label");
        Locator panel = page.locator("#" + menuId + "_panel");
        for (int attempt = 1; ; attempt++) {
            if (!panel.isVisible()) {
                label.click();
            }
            assertThat(panel).isVisible();
            page.locator("#" + menuId + "_items").getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
            try {
                assertThat(label).hasText(option, new LocatorAssertions.HasTextOptions().setTimeout(5_000));
                return;
            } catch (AssertionFailedError notTaken) {
                if (attempt == 2) {
                    throw notTaken;
                }
            }
        }
    }

    /** Whether the page fits the phone's width: nothing to scroll sideways. */
    public static boolean fitsPhone(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

    /**
     * Waits up to 90 s until the function (a JavaScript arrow function, async or not) answers true on the page (a
     * service worker installing its precache, the QR decoder's WebAssembly among it, on a busy machine). Not
     * {@code Page.waitForFunction}: when it has to poll, it evaluates with {@code eval} inside the page, which the
     * offline pages' Content-Security-Policy (no 'unsafe-eval') refuses; {@code Page.evaluate} is not bound by it.
     */
    public static void waitUntil(Page page, String function) {
        if (!becomesTrue(page, function, WAIT_LIMIT)) {
            throw new AssertionError("still not true after " + WAIT_LIMIT.toSeconds() + " s: " + function);
        }
    }

    /** Whether the function (as for {@link #waitUntil}) answers true on the page within the time given. */
    public static boolean becomesTrue(Page page, String function, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!Boolean.TRUE.equals(page.evaluate(function))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            page.waitForTimeout(100);
        }
        return true;
    }
}
