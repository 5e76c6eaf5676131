package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
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

    @Test
    void aResolvedDisputeShowsItsSessionAndItsAgreementOpensAsAPrintableDocumentWithSignatureLines() {
        String id = Disputes.file("漏水赔偿纠纷 " + Portal.uniqueUsername("t").substring(2), "LOW");
        Disputes.toMediation(id);
        String terms = "一、502住户于十日内修复卫生间防水层；二、502住户赔偿402住户装修损失人民币三千元。";
        var resolved = Disputes.act(ApiClient.asDemo("lawyer-01"), id, Disputes.action("RESOLVE").add("note", "达成协议").add("agreement", terms));
        assertEquals(200, resolved.status(), resolved.body());

        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD, FOREIGN_REQUESTS);
            page.navigate(Portal.BASE + "/disputes/detail.xhtml?id=" + id);
            assertThat(page.locator("#sessions")).containsText("梦萦小区人民调解室");
            page.locator("#actions\\:agreement-link").click();

            assertThat(page).hasURL(Pattern.compile("/disputes/agreement\\.xhtml\\?id=" + id));
            Locator document = page.locator("#agreement-document");
            assertThat(document.locator("h1")).hasText("人民调解协议书");
            assertThat(page.locator("#agreement-terms")).hasText(terms);
            assertThat(document).containsText("李建国（申请方）");
            assertThat(document.locator(".agreement-signatures dt")).hasCount(3);
            assertThat(page.locator("#print")).isVisible();
            assertTrue(PortalPages.fitsPhone(page), "the agreement fits the phone");

            page.navigate(Portal.BASE + "/disputes/agreement.xhtml?id=" + Disputes.file("尚未调解的纠纷", "LOW"));
            assertThat(page.locator("#no-agreement")).hasText("该纠纷尚未达成调解协议。");
            assertThat(page.locator("#print")).hasCount(0);
        }
        assertEquals(List.of(), FOREIGN_REQUESTS, "requests to hosts other than the portal");
    }
}
