package org.sanling.it.browser;

import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Volunteers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A volunteer campaign from start to service hours in real Chromium, on phones: the street leader creates
 * and publishes it with one shift of one place starting in 20 minutes (check-in opens 30 minutes before the
 * start); one volunteer takes the place, a second is waitlisted; the first cancels, and the second is
 * promoted; the leader sees them on the roster with the check-in code, and suggestions (the full shift
 * refuses one more); the second sees the promotion on the bell, checks in and out with the code and has
 * the attendance and one person-time on record. The volunteers register afresh each run, so that no earlier run or demo shift of
 * theirs overlaps this one or adds to their record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteerBrowserIT extends InChromium {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PASSWORD = Volunteers.PASSWORD;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> FOREIGN_REQUESTS = new CopyOnWriteArrayList<>();

    @Test
    void aWaitlistedVolunteerIsPromotedChecksInWithTheCodeAndGetsTheShiftOnRecord() {
        String title = "清扫西街 " + Portal.uniqueUsername("t").substring(2);
        String first = Volunteers.registerOne("vol-a", "周小青");
        String second = Volunteers.registerOne("vol-b", "吴小蓝");
        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime end = start.plusHours(1).toLocalDate().equals(start.toLocalDate()) ? start.plusHours(1)
                : start.toLocalDate().atTime(23, 59);

        String campaignUrl;
        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD);
            page.locator("#nav-campaigns").click();
            page.locator("#newCampaign").click();
            page.locator("#form\\:title").fill(title);
            page.locator("#form\\:description").fill("清理西街人行道的落叶和垃圾，请穿运动鞋。");
            PortalPages.choose(page, "form\\:category", "环境整治");
            page.locator("#form\\:shifts\\:0\\:day").fill(start.toLocalDate().toString());
            page.locator("#form\\:shifts\\:0\\:startsAt").fill(start.format(DateTimeFormatter.ofPattern("HH:mm")));
            page.locator("#form\\:shifts\\:0\\:endsAt").fill(end.format(DateTimeFormatter.ofPattern("HH:mm")));
            page.locator("#form\\:shifts\\:0\\:capacity").fill("1");
            page.locator("#form\\:shifts\\:0\\:place").fill("西街社区服务中心门口");
            assertTrue(PortalPages.fitsPhone(page), "the campaign form fits a phone");
            screenshot(page, "campaign-form");
            page.locator("#form\\:save").click();

            assertThat(page).hasURL(Pattern.compile("/volunteer/campaign\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("#messages")).containsText("活动已保存为草稿");
            assertThat(page.locator("#status")).hasText("草稿");
            page.locator("#campaign\\:publish").click();
            assertThat(page.locator("#status")).hasText("报名中");
            campaignUrl = page.url();
        }

        try (BrowserContext volunteer = PortalPages.phone(browser)) {
            Page page = logIn(volunteer, first, PASSWORD);
            page.locator("#nav-campaigns").click();
            assertTrue(PortalPages.fitsPhone(page), "the campaign list fits a phone");
            screenshot(page, "campaigns");
            page.locator(".campaign-card a", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(page.locator("#title")).hasText(title);
            page.locator("#campaign\\:shifts\\:0\\:signUp").dblclick(); // one page, one sign-up, however many clicks
            assertThat(page.locator(".my-place-status")).hasText("已确认");
            assertThat(page.locator(".places")).containsText("已确认 1 / 1 人");
            assertTrue(PortalPages.fitsPhone(page), "the campaign page fits a phone");
        }

        try (BrowserContext volunteer = PortalPages.phone(browser)) {
            Page page = logIn(volunteer, second, PASSWORD);
            page.navigate(campaignUrl);
            page.locator("#campaign\\:shifts\\:0\\:signUp").click();
            assertThat(page.locator("#messages")).containsText("您是候补第 1 位");
            assertThat(page.locator(".my-place-status")).hasText("候补第 1 位");
            screenshot(page, "waitlisted");
        }

        try (BrowserContext volunteer = PortalPages.phone(browser)) {
            Page page = logIn(volunteer, first, PASSWORD);
            page.navigate(campaignUrl);
            page.locator("#campaign\\:shifts\\:0\\:cancelSignup").click();
            page.locator("#campaign\\:confirmYes").click();
            assertThat(page.locator("#messages")).containsText("已取消报名");
            assertThat(page.locator(".my-place-status")).hasCount(0);
        }

        String code;
        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD);
            page.navigate(campaignUrl);
            Locator roster = page.locator("#campaign\\:shifts\\:0\\:roster");
            assertThat(roster.locator("tbody tr")).hasCount(1);
            assertThat(roster).containsText("吴小蓝");
            assertThat(roster).containsText("已确认");
            code = page.locator(".check-code .code").textContent().strip();
            assertTrue(code.matches("\\d{6}"), "a 6-digit check-in code: " + code);
            page.locator("#campaign\\:shifts\\:0\\:suggest").click();
            Locator suggested = page.locator("#campaign\\:shifts\\:0\\:suggested tbody tr");
            assertThat(suggested.first()).containsText("同街道");
            assertTrue(PortalPages.fitsPhone(page), "the leader's campaign page fits a phone");
            screenshot(page, "leader-campaign");
            suggested.first().locator("button").click();
            assertThat(page.locator("#messages")).containsText("名额已满");
        }

        try (BrowserContext volunteer = PortalPages.phone(browser)) {
            Page page = logIn(volunteer, second, PASSWORD);
            assertThat(page.locator("#bellCount")).hasText("1");
            page.locator("#topbar\\:bell").click();
            Locator notice = page.locator(".notice.unread");
            assertThat(notice).containsText("您已从候补转为正式参加：“" + title + "”");
            assertTrue(PortalPages.fitsPhone(page), "the notifications fit a phone");
            screenshot(page, "notifications");
            notice.locator("a").first().click();
            assertThat(page.locator("#title")).hasText(title);
            assertThat(page.locator(".my-place-status")).hasText("已确认");
            assertThat(page.locator("#bellCount")).hasCount(0);

            page.locator("#nav-my-shifts").click();
            Locator upcoming = page.locator(".upcoming-shift", new Page.LocatorOptions().setHasText(title));
            upcoming.locator("input.code-input").fill(code);
            upcoming.locator("button", new Locator.LocatorOptions().setHasText("签到")).click();
            assertThat(page.locator("#messages")).containsText("签到成功");
            upcoming.locator("input.code-input").fill(code);
            upcoming.locator("button", new Locator.LocatorOptions().setHasText("签退")).click();
            assertThat(page.locator("#messages")).containsText("签退成功");

            Locator record = page.locator("#mine\\:history tr", new Page.LocatorOptions().setHasText(title));
            assertThat(record.locator(".attendance")).hasText("已到场");
            // Credited time is clipped to the shift's window, which starts in 20 minutes: none of it yet.
            assertThat(record.locator(".hours")).hasText("0.0");
            assertThat(page.locator("#personTimesInYear")).hasText("1");
            assertThat(page.locator("#hoursInYear")).hasText("0.0");
            assertTrue(PortalPages.fitsPhone(page), "my shifts fit a phone");
            screenshot(page, "my-shifts");

            page.locator("#mine\\:certificate").click();
            assertThat(page.locator(".certificate")).containsText("吴小蓝");
            assertThat(page.locator(".certificate")).containsText(title);
            assertTrue(PortalPages.fitsPhone(page), "the certificate fits a phone");
            screenshot(page, "certificate");
        }
        assertEquals(List.of(), FOREIGN_REQUESTS, "requests to hosts other than the portal");
    }

    private static Page logIn(BrowserContext context, String username, String password) {
        return PortalPages.logIn(context, username, password, FOREIGN_REQUESTS);
    }

    /** Keeps a picture of the page for a person to look at (target/screenshots). */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
