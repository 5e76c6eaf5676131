package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Images;


import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handler's patrol on a 360-px phone in real Chromium, without a network from start to end: the patrol, an
 * event handled on the spot (with a photo) and a dispute screened on the way wait in the outbox and, once the
 * network returns, reach the server exactly once, after their patrol: the event as a submission resolved on the
 * spot, the dispute in the register with the patrol as its source.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatrolBrowserIT extends InChromium {

    @Test
    void aPatrolWalkedOfflineWithAnEventHandledOnTheSpotAndADisputeScreenedIsSyncedOnce() {
        List<String> foreignRequests = new CopyOnWriteArrayList<>();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        BrowserContext phone = PortalPages.phone(browser);
        try {
            Page page = PortalPages.logIn(phone, "handler-a", Portal.DEMO_PASSWORD, foreignRequests);
            assertThat(page.locator("#nav-patrol")).hasAttribute("href", "/offline/patrol.html");
            PortalPages.waitUntil(page, "async () => (await navigator.serviceWorker.getRegistration('/')) !== undefined");
            page.navigate(Portal.BASE + "/offline/patrol.html");
            PortalPages.waitUntil(page, "() => navigator.serviceWorker.controller !== null");
            page.reload();
            assertThat(page.locator("#category option").first()).isAttached();

            phone.setOffline(true);
            page.locator("#start").click();
            assertThat(page.locator("#since")).containsText("巡查中");
            page.locator("#title").fill("电动车楼道充电 " + marker);
            page.locator("#description").fill("3号楼一单元楼道内电动车充电，已劝离并拔除插线板。");
            page.locator("#place").fill("梦萦小区3号楼一单元");
            page.locator("#photo").setInputFiles(new FilePayload("scene.jpg", "image/jpeg", Images.jpeg(320, 240)));
            assertThat(page.locator("#previews img")).hasCount(1);
            page.locator("#on-spot").click();
            assertThat(page.locator("#logged")).hasText("本次巡查已记录 1 件事件");

            // A dispute met on the way: a bad phone is refused on the spot, with what was typed kept.
            page.locator("#screening summary").click();
            assertThat(page.locator("#dispute-kind option").first()).isAttached();
            page.locator("#dispute-kind").selectOption(new SelectOption().setLabel("物业纠纷"));
            page.locator("#dispute-title").fill("物业费纠纷 " + marker);
            page.locator("#dispute-description").fill("业主拒交物业费，与物业公司在小区门口争吵，围观者众多。");
            page.locator("#dispute-risk").selectOption("HIGH");
            page.locator("#dispute-reasons").fill("双方情绪激动");
            page.locator("#party1-name").fill("赵立新");
            page.locator("#party1-phone").fill("138abc");
            page.locator("#party2-name").fill("梦萦物业公司");
            page.locator("#screen").click();
            assertThat(page.locator("#dispute-error")).hasText("请填写有效的电话号码（5 至 20 位数字）。");
            assertThat(page.locator("#dispute-title")).hasValue("物业费纠纷 " + marker);
            page.locator("#party1-phone").fill("13912345678");
            assertTrue(PortalPages.fitsPhone(page), "the patrol page with the dispute form fits a phone");
            page.locator("#screen").click();
            assertThat(page.locator("#dispute-title")).hasValue("");
            assertThat(page.locator("#screening")).not().hasAttribute("open", "");
            assertTrue(PortalPages.fitsPhone(page), "the patrol page fits a phone");
            page.locator("#notes").fill("巡查 " + marker);
            page.locator("#end").click();
            assertThat(page.locator("#start")).isVisible();

            page.navigate(Portal.BASE + "/offline/index.html");
            assertThat(page.locator("#pending")).hasText("待发送 (3)");
            phone.setOffline(false);
            assertThat(page.locator("#pending")).hasText("待发送 (0)", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            page.evaluate("() => SanlingOutbox.sync()");
        } finally {
            phone.close();
        }
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");

        ApiClient handler = ApiClient.asDemo("handler-a");
        List<JsonObject> patrols = handler.get("/api/v1/patrols?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("notes", "").contains(marker)).toList();
        assertEquals(1, patrols.size(), "the patrol once");
        JsonObject patrol = patrols.get(0);
        List<JsonObject> events = handler.get("/api/v1/submissions?view=MINE&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("title").contains(marker)).toList();
        assertEquals(1, events.size(), "the event once");
        JsonObject event = handler.get("/api/v1/submissions/" + events.get(0).getString("id")).json();
        assertEquals("RESOLVED", event.getString("status"));
        assertEquals("HANDLE_ON_SPOT", event.getJsonArray("timeline").getJsonObject(1).getString("action"));
        assertEquals(1, handler.get("/api/v1/submissions/" + event.getString("id") + "/photos").array().size(), "its photo once");

        List<JsonObject> disputes = handler.get("/api/v1/disputes?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("title").contains(marker)).toList();
        assertEquals(1, disputes.size(), "the dispute once");
        JsonObject dispute = handler.get("/api/v1/disputes/" + disputes.get(0).getString("id")).json();
        assertEquals("PATROL", dispute.getString("source"));
        assertEquals(patrol.getString("id"), dispute.getString("sourceId"), "screened on this patrol");
        assertEquals("HIGH", dispute.getString("riskLevel"));
        assertEquals("SCREENED", dispute.getString("status"));
        assertEquals("410702001001001", dispute.getString("areaCode"), "in the handler's grid");
        assertEquals(List.of("赵立新", "梦萦物业公司"), dispute.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .map(party -> party.getString("name")).toList());
    }
}
