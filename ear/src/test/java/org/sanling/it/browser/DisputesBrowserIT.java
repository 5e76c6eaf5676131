package org.sanling.it.browser;

import org.sanling.it.support.Disputes;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disputes pages on a 360-px phone: the street leader finds a high-risk dispute in the list, sees its parties'
 * phones whole and assigns a mediator, which the timeline shows; the grid's handler sees the phones masked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisputesBrowserIT extends InChromium {

    private static final List<String> FOREIGN_REQUESTS = new CopyOnWriteArrayList<>();

    @Test
    void aLeaderAssignsAMediatorFromTheListAndTheHandlerSeesPhonesMasked() {
        String title = "宅基地纠纷 " + Portal.uniqueUsername("t").substring(2);
        String id = Disputes.file(title, "HIGH");

        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD, FOREIGN_REQUESTS);
            page.locator("#nav-disputes").click();
            Locator row = page.locator("#list\\:table tr", new Page.LocatorOptions().setHasText(title));
            assertThat(row).hasCount(1);
            assertThat(row).containsText("高");
            assertTrue(PortalPages.fitsPhone(page), "the list fits the phone");
            row.locator("a").click();

            assertThat(page).hasURL(Pattern.compile("/disputes/detail\\.xhtml\\?id=" + id));
            assertThat(page.locator("#status")).hasText("已排查");
            assertThat(page.locator("#parties")).containsText(Disputes.PHONE);
            page.locator("#actions\\:mediator_label").click();
            page.locator("#actions\\:mediator_items li", new Page.LocatorOptions().setHasText("郑文博")).click();
            page.locator(".action-buttons button", new Page.LocatorOptions().setHasText("指派调解员")).click();
            assertThat(page.locator("#status")).hasText("已指派");
            assertThat(page.locator("#mediator")).hasText("郑文博");
            assertThat(page.locator("#timeline")).containsText("指派调解员");
            assertTrue(PortalPages.fitsPhone(page), "the dispute fits the phone");
        }

        try (BrowserContext handler = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(handler, "handler-a", Portal.DEMO_PASSWORD, FOREIGN_REQUESTS);
            page.navigate(Portal.BASE + "/disputes/detail.xhtml?id=" + id);
            assertThat(page.locator("#parties")).containsText("138****5678");
            assertThat(page.locator("#parties")).not().containsText(Disputes.PHONE);
        }
        assertEquals(List.of(), FOREIGN_REQUESTS, "requests to hosts other than the portal");
    }
}
