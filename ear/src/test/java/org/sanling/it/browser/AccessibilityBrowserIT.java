package org.sanling.it.browser;

import org.sanling.it.support.Axe;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core over the portal as each demo role reaches it, at a desk's width and a phone's, in Chinese and
 * in English: the public pages before login, every role's home page, every page of its menu, and one page
 * of each kind that those pages link to (submission, campaign, certificate, event, calendar, dispute,
 * notifications, the offline pages …). No serious or critical violation may remain, and no page may scroll
 * sideways; a failure lists rule, page and elements. To keep the walk to a few minutes, a page already checked at this width and language for an
 * earlier role is not checked again for the next (home pages excepted, they differ by role).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT extends InChromium {

    /** From the widest menu to the narrowest, so the later roles mostly add the pages only they reach. */
    private static final List<String> ROLES = List.of("admin", "district-leader", "street-leader-a", "supervisor-a",
            "handler-a", "volunteer-a", "lawyer-01", "mediator-01");

    /** The offline pages a field user opens from the offline workspace, whose links its script draws. */
    private static final List<String> OFFLINE_PAGES = List.of("/offline/submit.html", "/offline/signup.html",
            "/offline/consult.html", "/offline/attendance.html");

    private final Set<String> checked = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> foreignRequests = new ArrayList<>();

    /**
     * At a desk's width and a phone's, in both languages, and once as a 1366-px screen zoomed to 200 % shows the
     * pages (683 CSS pixels at twice the pixel density, as Chromium's zoom does).
     */
    @ParameterizedTest(name = "{0} px at {2}×, {1}")
    @CsvSource({"1366, zh-CN, 1", "360, zh-CN, 1", "1366, en, 1", "360, en, 1", "683, zh-CN, 2"})
    void noPageHasASeriousOrCriticalViolation(int width, String language, int zoom) {
        // The pages are the same on either database: CI walks them in its H2 run only, to keep within its time.
        assumeTrue(System.getenv("POSTGRESQL_URL") == null, "walked on H2 only");
        for (String role : ROLES) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, width > 400 ? 900 / zoom : 780).setDeviceScaleFactor(zoom).setLocale(language))) {
                Page page = PortalPages.watchedPage(context, foreignRequests);
                page.navigate(Portal.BASE + "/login.xhtml");
                if (language.equals("en")) {
                    page.locator("#topbar\\:language").click();
                    assertThat(page.locator("html")).hasAttribute("lang", "en");
                }
                if (checked.add("/login.xhtml")) {
                    check(page, "-", width, language);
                    walkLinks(page, "main a[href]", "-", width, language, false);
                    page.navigate(Portal.BASE + "/login.xhtml");
                }
                page.locator("#login\\:username").fill(role);
                page.locator("#login\\:password").fill(Portal.DEMO_PASSWORD);
                page.locator("#login\\:submit").click();
                assertThat(page.locator("h1#greeting")).isVisible();
                assertThat(page.locator("html")).hasAttribute("lang", language);
                check(page, role, width, language);
                checked.add("/index.xhtml");
                walkLinks(page, "header a[href], nav.mainnav a[href]", role, width, language, true);
                for (String offline : OFFLINE_PAGES) {
                    if (checked.add(offline)) {
                        page.navigate(Portal.BASE + offline);
                        page.waitForLoadState(LoadState.NETWORKIDLE);
                        check(page, role, width, language);
                    }
                }
            }
        }
        // What was walked, in the test's output: the measure of what the check covers.
        System.out.println(checked.size() + " pages at " + width + " px in " + language + ": " + checked);
        assertTrue(violations.isEmpty(), violations.size() + " violations (serious or critical, structure, one h1, overflow):\n"
                + String.join("\n", violations));
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }

    /**
     * Checks every page linked by the page's elements that was not checked yet, and, when {@code deeper},
     * the pages those link to from their content.
     */
    private void walkLinks(Page page, String selector, String role, int width, String language, boolean deeper) {
        for (String url : portalPages(page, selector)) {
            if (!checked.add(URI.create(url).getPath())) {
                continue;
            }
            page.navigate(url);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            check(page, role, width, language);
            if (deeper) {
                walkLinks(page, "main a[href]", role, width, language, false);
            }
        }
    }

    /** The portal's pages the page's links lead to (no downloads, no other hosts), in order, each once. */
    @SuppressWarnings("unchecked")
    private static Set<String> portalPages(Page page, String selector) {
        var hrefs = (List<String>) page.evaluate("selector => Array.from(document.querySelectorAll(selector))"
                + ".filter(a => !a.hasAttribute('download')).map(a => a.href.split('#')[0])", selector);
        var pages = new LinkedHashSet<String>();
        for (String href : hrefs) {
            String path = URI.create(href).getPath();
            if (href.startsWith(Portal.BASE + "/") && (path.endsWith(".xhtml") || path.endsWith(".html"))) {
                pages.add(href);
            }
        }
        return pages;
    }

    private void check(Page page, String role, int width, String language) {
        String where = URI.create(page.url()).getPath() + " [" + role + ", " + width + " px, " + language + "]";
        long headings = ((Number) page.evaluate(
                "Array.from(document.querySelectorAll('h1')).filter(h => h.getClientRects().length > 0).length")).longValue();
        if (headings != 1) {
            violations.add("one h1 on " + where + ": " + headings + " found");
        }
        if (!PortalPages.fitsPhone(page)) {
            violations.add("overflow on " + where + ": the page scrolls sideways");
        }
        for (Axe.Violation v : Axe.failingViolations(page)) {
            violations.add(v.rule() + " (" + v.impact() + ", " + v.count() + "×) on " + where + ": "
                    + String.join(" | ", v.elements()) + " — " + v.help());
        }
    }
}
