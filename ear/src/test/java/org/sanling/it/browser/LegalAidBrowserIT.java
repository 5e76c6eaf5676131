package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Volunteers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
 * A legal-aid booth from scheduling to the referral's queue in real Chromium, on phones: the street leader
 * schedules an information booth in handler-a's grid starting in 20 minutes (consultations may be logged
 * from an hour before the start); a fresh lawyer (qualified by the admin) and a fresh volunteer sign up
 * on the staffing campaign, where the volunteer cannot take the lawyer's place; the lawyer logs three
 * consultations in booth mode at 360 px, one of them with a double tap (logged once) and one referred; the
 * referral is in the leader's queue and, once accepted, in handler-a's; the leader finds it in search and
 * in the event's report; citizens see the event on the public calendar without logging in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalAidBrowserIT extends InChromium {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String PASSWORD = Volunteers.PASSWORD;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> FOREIGN_REQUESTS = new CopyOnWriteArrayList<>();

    @Test
    void aLawyerLogsConsultationsInBoothModeAndTheReferralReachesTheGridHandler() throws InterruptedException {
        String marker = Portal.uniqueMarker();
        String title = "普法摆摊 " + Portal.uniqueUsername("t").substring(2);
        String lawyer = Volunteers.registerOne("lawyer", "郑律师");
        String volunteer = Volunteers.registerOne("vol", "孙小红");
        var qualified = ApiClient.asDemo("admin").put("/api/v1/accounts/" + lawyer + "/qualifications",
                Json.createArrayBuilder().add("LAWYER").build());
        assertEquals(200, qualified.status(), qualified.body());
        LocalDateTime start = LocalDateTime.now(SHANGHAI).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime end = start.plusHours(2).toLocalDate().equals(start.toLocalDate()) ? start.plusHours(2)
                : start.toLocalDate().atTime(23, 59);

        String eventUrl;
        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD);
            page.locator("#nav-legal-aid").click();
            page.locator("#schedulePanel_header").click();
            page.locator("#schedule\\:save").click();
            assertThat(page.locator("#schedule")).containsText("请选择活动形式。");
            assertThat(page.locator("#schedule")).containsText("请填写活动名称。");
            assertThat(page.locator("#schedule")).containsText("请选择 1 到 12 个服务主题。");

            PortalPages.choose(page, "schedule\\:kind", "普法宣传摆摊");
            page.locator("#schedule\\:title").fill(title);
            page.locator("#schedule\\:place").fill("梦萦小区南门广场");
            pickArea(page, "梦萦小区第1网格", "梦萦小区第1网格 综合网格");
            page.locator("#schedule\\:day").fill(start.toLocalDate().toString());
            page.locator("#schedule\\:startsAt").fill(start.format(HH_MM));
            page.locator("#schedule\\:endsAt").fill(end.format(HH_MM));
            for (String topic : List.of("劳动争议", "物业纠纷", "反诈")) {
                page.locator("#schedule\\:topics").getByText(topic, new Locator.GetByTextOptions().setExact(true)).click();
            }
            page.locator("#schedule\\:slots\\:0\\:count").fill("1"); // lawyers
            page.locator("#schedule\\:slots\\:2\\:count").fill("1"); // volunteers
            assertTrue(PortalPages.fitsPhone(page), "the schedule form fits a phone");
            screenshot(page, "legal-aid-schedule");
            page.locator("#schedule\\:save").click();

            assertThat(page).hasURL(Pattern.compile("/legal-aid/event\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("#messages")).containsText("活动已安排");
            assertThat(page.locator("#title")).hasText(title);
            assertThat(page.locator(".staffing")).containsText("律师 0 / 1 人");
            assertThat(page.locator(".staffing")).containsText("志愿者 0 / 1 人");
            eventUrl = page.url();
        }

        try (BrowserContext staff = PortalPages.phone(browser)) {
            Page page = logIn(staff, volunteer, PASSWORD);
            page.locator("#nav-legal-aid").click();
            assertTrue(PortalPages.fitsPhone(page), "the events fit a phone");
            screenshot(page, "legal-aid-events");
            page.locator(".event-card", new Page.LocatorOptions().setHasText(title)).locator(".staffing-link").click();
            Locator lawyersShift = page.locator(".shift", new Page.LocatorOptions().setHasText("限律师报名"));
            lawyersShift.locator("button", new Locator.LocatorOptions().setHasText("报名")).click();
            assertThat(page.locator("#messages")).containsText("这个班次只限律师报名");
            Locator volunteersShift = page.locator(".shift:not(:has(.shift-qualification))");
            volunteersShift.locator("button", new Locator.LocatorOptions().setHasText("报名")).click();
            assertThat(volunteersShift.locator(".my-place-status")).hasText("已确认");
        }

        String referralNumber;
        try (BrowserContext staff = PortalPages.phone(browser)) {
            Page page = logIn(staff, lawyer, PASSWORD);
            page.navigate(eventUrl);
            page.locator("#event\\:staffingLink").click();
            Locator lawyersShift = page.locator(".shift", new Page.LocatorOptions().setHasText("限律师报名"));
            lawyersShift.locator("button", new Locator.LocatorOptions().setHasText("报名")).click();
            assertThat(lawyersShift.locator(".my-place-status")).hasText("已确认");

            page.navigate(eventUrl);
            assertThat(page.locator(".staffing")).containsText("律师 1 / 1 人");
            page.locator("#event\\:booth").click();
            assertThat(page.locator("#count")).hasText("0");
            assertTrue(PortalPages.fitsPhone(page), "booth mode fits a phone");
            screenshot(page, "legal-aid-booth");

            Duration first = logConsultation(page, "劳动争议", null, "当场解答", true, 1);
            Thread.sleep(1000); // a second tap's request, had it gone out, would have been answered by now
            assertThat(page.locator("#count")).hasText("1");
            assertThat(page.locator("#recent li")).hasCount(1);
            assertThat(page.locator("#booth\\:topic .ui-state-active")).hasCount(0); // ready for the next citizen
            Duration second = logConsultation(page, "反诈", "冒充客服以退款为名骗取验证码", "当场解答", false, 2);

            page.locator("#booth\\:topic").getByText("物业纠纷").click();
            page.locator("#booth\\:summary").fill(marker + "物业拒不维修漏水屋顶");
            page.locator("#booth\\:outcome").getByText("转办").click();
            page.locator("#booth\\:consent .ui-toggleswitch-slider").click();
            page.locator("#booth\\:citizenName").fill("王阿姨");
            page.locator("#booth\\:citizenPhone").fill("13812345678");
            page.locator("#booth\\:log").click();
            assertThat(page.locator("#count")).hasText("3");
            Locator latest = page.locator("#recent li").first();
            assertThat(latest).containsText("转办");
            assertThat(latest.locator(".referral-number")).hasText(Pattern.compile("SQ-\\S+"));
            referralNumber = latest.locator(".referral-number").textContent().strip();
            assertThat(page.locator("#messages")).containsText("诉求编号 " + referralNumber);
            assertThat(page.locator("#booth\\:citizenName")).hasCount(0); // the next citizen is anonymous again
            assertTrue(PortalPages.fitsPhone(page), "booth mode fits a phone after logging");
            screenshot(page, "legal-aid-booth-logged");
            System.out.printf("Booth mode: one consultation logged in %d ms (topic, outcome, double-tapped 记录), "
                    + "%d ms with a typed summary (topic tap to the count going up)%n", first.toMillis(), second.toMillis());
        }

        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD);
            page.locator("#nav-queue").click();
            Locator row = page.locator("#list\\:table tr", new Page.LocatorOptions().setHasText(marker));
            assertThat(row).hasCount(1);
            assertThat(row).containsText("矛盾纠纷");
            row.locator(".ui-chkbox-box").click();
            page.locator("#list\\:acceptSelected").click();
            assertThat(page.locator("#messages")).containsText("已受理 1 条");

            page.navigate(Portal.BASE + "/search.xhtml?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
            for (int i = 0; i < 15 && page.locator(".hit", new Page.LocatorOptions().setHasText(marker)).count() == 0; i++) {
                Thread.sleep(1000); // the index follows the database within seconds
                page.reload();
            }
            assertThat(page.locator(".hit", new Page.LocatorOptions().setHasText(marker)).first()).isVisible();

            page.navigate(eventUrl);
            assertThat(page.locator("#event\\:consultationCount")).hasText("共登记咨询 3 件");
            Locator referral = page.locator("#referrals li", new Page.LocatorOptions().setHasText(referralNumber));
            assertThat(referral).containsText("已派单");
            assertThat(referral.locator("a")).hasAttribute("href", Pattern.compile("/submissions/detail\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("#byTopic")).containsText("物业纠纷");
            page.locator("#event\\:peopleReached").fill("120");
            page.locator("#event\\:materialsHandedOut").fill("300");
            page.locator("#event\\:saveTurnout").click();
            assertThat(page.locator("#messages")).containsText("活动成效已保存");
            assertThat(page.locator("#event\\:peopleReached")).hasValue("120");
            assertTrue(PortalPages.fitsPhone(page), "the event's report fits a phone");
            screenshot(page, "legal-aid-report");
        }

        try (BrowserContext handler = PortalPages.phone(browser)) {
            Page page = logIn(handler, "handler-a", Portal.DEMO_PASSWORD);
            page.locator("#nav-assigned").click();
            assertThat(page.locator("#list\\:table tr", new Page.LocatorOptions().setHasText(marker))).hasCount(1);
        }

        try (BrowserContext citizen = PortalPages.phone(browser)) {
            Page page = PortalPages.watchedPage(citizen, FOREIGN_REQUESTS);
            page.navigate(Portal.BASE + "/legal-aid/calendar.xhtml");
            assertThat(page).hasURL(Pattern.compile("/legal-aid/calendar\\.xhtml$")); // no login asked
            assertThat(page.locator(".calendar-events li", new Page.LocatorOptions().setHasText(title))).containsText("梦萦小区南门广场");
            assertThat(page.locator("#subscribe")).hasAttribute("href", Pattern.compile("/api/v1/legal-aid/events\\.ics$"));
            assertTrue(PortalPages.fitsPhone(page), "the public calendar fits a phone");
            screenshot(page, "legal-aid-calendar");
        }
        try (BrowserContext admin = PortalPages.phone(browser)) {
            Page page = logIn(admin, "admin", Portal.DEMO_PASSWORD);
            page.navigate(Portal.BASE + "/admin/accounts.xhtml");
            page.locator("#list\\:text").fill(lawyer);
            page.locator("#list\\:text").press("End"); // a key goes up: the list filters once typing pauses
            Locator row = page.locator("#list\\:table tr", new Page.LocatorOptions().setHasText(lawyer));
            assertThat(row).hasCount(1);
            row.locator("button", new Locator.LocatorOptions().setHasText("编辑")).click();
            Locator qualifications = page.locator("#editor\\:qualifications");
            assertThat(qualifications.locator("input[value=LAWYER]")).isChecked();
            assertThat(qualifications.locator("input[value=MEDIATOR]")).not().isChecked();
            qualifications.getByText("调解员").click();
            page.locator("#editor\\:save").click();
            assertThat(page.locator("#messages")).containsText("账号“" + lawyer + "”已保存");
            assertThat(page.locator("#editorDialog")).isHidden();
            row.locator("button", new Locator.LocatorOptions().setHasText("编辑")).click();
            assertThat(qualifications.locator("input[value=MEDIATOR]")).isChecked();
            assertThat(qualifications.locator("input[value=LAWYER]")).isChecked();
            screenshot(page, "legal-aid-qualifications");
        }
        assertEquals(List.of(), FOREIGN_REQUESTS, "requests to hosts other than the portal");
    }

    /**
     * Logs one consultation as a person would (tap the topic, maybe type, tap the outcome, tap 记录) and
     * answers how long it took from the first tap until the count went up.
     */
    private static Duration logConsultation(Page page, String topic, String summary, String outcome, boolean doubleTap,
                                            int countAfter) {
        long started = System.nanoTime();
        page.locator("#booth\\:topic").getByText(topic).click();
        if (summary != null) {
            page.locator("#booth\\:summary").fill(summary);
        }
        page.locator("#booth\\:outcome").getByText(outcome).click();
        if (doubleTap) {
            page.locator("#booth\\:log").dblclick();
        } else {
            page.locator("#booth\\:log").click();
        }
        assertThat(page.locator("#count")).hasText(String.valueOf(countAfter));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "logging took " + took);
        return took;
    }

    /** Types into the area field and picks the option once the completion offers it. */
    private static void pickArea(Page page, String typed, String option) {
        Locator area = page.locator("#schedule\\:areaCode_input");
        area.fill("");
        area.focus();
        page.keyboard().press("Shift");
        page.keyboard().insertText(typed);
        page.locator("#schedule\\:areaCode_panel").getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName(option).setExact(true)).click();
        assertThat(area).hasValue(typed);
    }

    private static Page logIn(BrowserContext context, String username, String password) {
        return PortalPages.logIn(context, username, password, FOREIGN_REQUESTS);
    }

    /** Keeps a picture of the page for a person to look at (target/screenshots). */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
