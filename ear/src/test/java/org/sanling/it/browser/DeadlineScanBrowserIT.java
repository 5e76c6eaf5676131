package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the deadline scan, in real Chromium on a 360-px phone: a street leader opens an overdue demo
 * submission that was escalated and sees it flagged 已超期 and 已升级, with where it went.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlineScanBrowserIT extends InChromium {

    @Test
    void aLeaderSeesOnAnOverdueSubmissionThatItWasEscalatedAndWhere() throws Exception {
        JsonObject run = Jobs.runNow(ApiClient.asDemo("admin"), "deadline-scan");
        assertEquals("SUCCEEDED", run.getString("outcome"), run.toString());
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        JsonObject escalated = leader.get("/api/v1/submissions?view=SCOPE&overdue=true").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(s -> leader.get("/api/v1/submissions/" + s.getString("id")).json())
                .filter(d -> !d.getJsonArray("escalations").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no overdue submission of the street was escalated"));
        String wentTo = escalated.getJsonArray("escalations").getJsonObject(0).getString("areaName");

        List<String> foreignRequests = new ArrayList<>();
        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "street-leader-a", Portal.DEMO_PASSWORD, foreignRequests);
            page.navigate(Portal.BASE + "/submissions/detail.xhtml?id=" + escalated.getString("id"));
            assertThat(page.locator(".badge.overdue").first()).hasText("已超期");
            assertThat(page.locator("#escalated")).hasText("已升级");
            assertThat(page.locator("#escalations")).containsText(wentTo);
            assertTrue(PortalPages.fitsPhone(page), "the submission fits a phone");
        }
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }
}
