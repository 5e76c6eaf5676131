package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Axe;
import org.sanling.it.support.Images;
import org.sanling.it.support.Keyboard;
import org.sanling.it.support.LegalAidEvents;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Volunteers;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal's journeys with the keyboard alone, as someone who cannot use a mouse or a touch screen does them:
 * focus moves only by Tab and Shift+Tab (see {@link Keyboard}, which also checks the focus ring at every stop),
 * controls are worked with Enter, Space, arrows and Escape. Logging in (through the skip link, with a mistake
 * announced), filing a submission with a photo, signing up for a shift and cancelling in the confirmation
 * dialog (focus kept inside it and given back), logging a consultation in booth mode, searching and opening a
 * hit and working it, and reading the dashboard's charts as tables on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardBrowserIT extends InChromium {

    private final List<String> foreignRequests = new ArrayList<>();

    @BeforeEach
    void onH2Only() {
        // The pages and their keyboard handling are the same on either database: CI does these in its H2 run only.
        assumeTrue(System.getenv("POSTGRESQL_URL") == null, "on H2 only");
    }

    @Test
    void aMistakeAtLoginIsAnnouncedAndTheSkipLinkLeadsToTheForm() {
        String volunteer = Volunteers.registerOne("kb-in", "钱小键");
        try (BrowserContext context = desk()) {
            Page page = PortalPages.watchedPage(context, foreignRequests);
            page.navigate(Portal.BASE + "/login.xhtml");
            Keyboard.tabTo(page, ".skip-link");
            assertTrue(page.locator(".skip-link").boundingBox().x >= 0, "the skip link shows when it has the focus");
            page.keyboard().press("Enter");
            Keyboard.tabTo(page, "#login\\:username"); // the first stop after the skip is in the content
            assertTrue(Keyboard.focusIsWithin(page, "main"), "the skip link leads past the top bar");

            page.keyboard().type(volunteer);
            Keyboard.tabTo(page, "#login\\:password");
            page.keyboard().type("not-the-password");
            page.keyboard().press("Enter");
            assertThat(page.locator("#messages")).containsText("用户名或密码错误。");
            assertThat(page.locator("#messages")).hasAttribute("aria-live", Pattern.compile("polite|assertive"));

            Keyboard.tabTo(page, "#login\\:username");
            page.keyboard().press("ControlOrMeta+A");
            page.keyboard().type(volunteer);
            Keyboard.tabTo(page, "#login\\:password");
            page.keyboard().type(Volunteers.PASSWORD);
            page.keyboard().press("Enter");
            assertThat(page.locator("h1#greeting")).isVisible();
        }
        assertEquals(List.of(), foreignRequests);
    }

    @Test
    void aSupervisorFilesASubmissionWithAPhotoAndIsToldWhatIsMissing() {
        String title = "键盘提交 " + Portal.uniqueMarker();
        try (BrowserContext context = desk()) {
            Page page = logIn(context, "supervisor-a", Portal.DEMO_PASSWORD);
            Keyboard.tabTo(page, "#nav-submit");
            follow(page, "/submissions/new.xhtml");
            assertThat(page.locator("h1")).hasText("反映社情民意");

            Keyboard.tabTo(page, "#form\\:submit");
            page.keyboard().press("Enter");
            assertThat(page.locator("#form")).containsText("请填写标题。");
            // Each error is announced and tied to its field, and the first field in error has the focus.
            var titleField = page.locator("#form\\:title");
            assertThat(titleField).hasAttribute("aria-invalid", "true");
            String describedBy = titleField.getAttribute("aria-describedby");
            assertTrue(describedBy != null && !describedBy.isBlank(), "the title field names its error message");
            String message = describedBy.split(" ")[0];
            assertThat(page.locator("[id='" + message + "']")).containsText("请填写标题。");
            assertTrue((Boolean) page.evaluate("id => document.getElementById(id).closest('[role=alert], [aria-live]') !== null",
                    message), "the error message is announced");
            page.waitForLoadState();
            assertTrue(Keyboard.focusIsOn(page, "[aria-invalid=true], [aria-invalid=true] *, .ui-state-error *"),
                    "focus on the first field in error, not on " + page.evaluate("document.activeElement.outerHTML.slice(0, 200)"));

            page.keyboard().press("ControlOrMeta+Home"); // back to the top of the form, by keyboard
            Keyboard.shiftTabTo(page, "#nav-submit");
            chooseRadio(page, "#form\\:type", "隐患");
            Keyboard.tabTo(page, "#form\\:category, #form\\:category *");
            arrowUntil(page, "ArrowDown", "#form\\:category_label", "消防安全");
            Keyboard.tabTo(page, "#form\\:areaCode_input");
            page.keyboard().press("ControlOrMeta+A");
            page.keyboard().type("梦萦小区第1网格");
            assertThat(page.locator("#form\\:areaCode_panel")).isVisible();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#form\\:areaCode_input")).hasValue("梦萦小区第1网格");
            Keyboard.tabTo(page, "#form\\:place");
            page.keyboard().type("梦萦小区3号楼二单元");
            Keyboard.tabTo(page, "#form\\:title");
            page.keyboard().type(title);
            Keyboard.tabTo(page, "#form\\:content");
            page.keyboard().type("楼道内堆放纸箱和电动车，堵塞消防通道。");
            Keyboard.tabTo(page, "#form\\:photos_input");
            chooseFileByKeyboard(page).setFiles(Images.jpegFile());
            Keyboard.tabTo(page, "#form\\:submit");
            page.keyboard().press("Enter");

            assertThat(page).hasURL(Pattern.compile("/submissions/detail\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("#messages")).containsText("已提交，编号 SQ-");
            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("#photos img")).hasCount(1);
        }
        assertEquals(List.of(), foreignRequests);
    }

    @Test
    void aVolunteerSignsUpAndTheConfirmationDialogKeepsAndGivesBackTheFocus() {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        JsonObject campaign = Volunteers.published(ApiClient.asDemo("street-leader-a"),
                Volunteers.campaign("键盘报名 " + Portal.uniqueMarker(), 3, Duration.ofHours(2), start));
        String volunteer = Volunteers.registerOne("kb-vol", "孙小键");
        try (BrowserContext context = desk()) {
            Page page = logIn(context, volunteer, Volunteers.PASSWORD);
            page.navigate(Portal.BASE + "/volunteer/campaign.xhtml?id=" + campaign.getString("id"));
            Keyboard.tabTo(page, "#campaign\\:shifts\\:0\\:signUp");
            page.keyboard().press("Enter");
            assertThat(page.locator(".my-place-status")).hasText("已确认");
            assertTrue(!Keyboard.focusIsOn(page, "body"), "focus stays on the page's content after the update");

            Keyboard.tabTo(page, "#campaign\\:shifts\\:0\\:cancelSignup");
            page.keyboard().press("Enter");
            var dialog = page.locator(".ui-confirm-dialog");
            assertThat(dialog).isVisible();
            assertTrue(Keyboard.focusIsWithin(page, ".ui-confirm-dialog"), "the dialog takes the focus");
            assertEquals(List.of(), Axe.failingViolations(page), "the page with its dialog open");
            for (int i = 0; i < 6; i++) {
                page.keyboard().press(i % 2 == 0 ? "Tab" : "Shift+Tab");
                page.keyboard().press("Tab");
                assertTrue(Keyboard.focusIsWithin(page, ".ui-confirm-dialog"), "Tab stays inside the dialog");
                Keyboard.assertFocusShown(page);
            }
            page.keyboard().press("Escape");
            assertThat(dialog).isHidden();
            assertTrue(Keyboard.focusIsOn(page, "#campaign\\:shifts\\:0\\:cancelSignup"), "focus goes back to the button that"
                    + " opened it, not to " + page.evaluate("document.activeElement.outerHTML.slice(0, 200)"));
            assertThat(page.locator(".my-place-status")).hasText("已确认");

            page.keyboard().press("Enter");
            assertThat(dialog).isVisible();
            Keyboard.tabTo(page, "#campaign\\:confirmYes");
            page.keyboard().press("Enter");
            assertThat(page.locator("#messages")).containsText("已取消报名");
            assertThat(page.locator(".my-place-status")).hasCount(0);
        }
        assertEquals(List.of(), foreignRequests);
    }

    @Test
    void aLawyerLogsAConsultationInBoothMode() throws Exception {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        JsonObject event = leader.post("/api/v1/legal-aid/events",
                LegalAidEvents.booth(Instant.now().plus(Duration.ofMinutes(20)))).json();
        ApiClient lawyer = LegalAidEvents.newLawyer();
        String username = lawyer.get("/api/v1/me").json().getString("username");
        assertEquals(201, Volunteers.signUp(lawyer, LegalAidEvents.slot(event, "LAWYER"), UUID.randomUUID()).status());

        try (BrowserContext context = phone()) {
            Page page = logIn(context, username, Volunteers.PASSWORD);
            page.navigate(Portal.BASE + "/legal-aid/booth.xhtml?id=" + event.getString("id"));
            assertThat(page.locator("#count")).hasText("0");
            assertEquals(List.of(), Axe.failingViolations(page), "booth mode, which the menus' walk does not reach");
            chooseRadio(page, "#booth\\:topic", "劳动争议");
            Keyboard.tabTo(page, "#booth\\:summary");
            page.keyboard().type("加班费未按时发放");
            chooseRadio(page, "#booth\\:outcome", "当场解答");
            Keyboard.tabTo(page, "#booth\\:log");
            page.keyboard().press("Enter");
            assertThat(page.locator("#count")).hasText("1");
            assertThat(page.locator("#recent li")).hasCount(1);
            assertThat(page.locator("#recent")).containsText("加班费未按时发放");
            assertTrue(!Keyboard.focusIsOn(page, "body"), "focus stays in the form for the next citizen");
        }
        assertEquals(List.of(), foreignRequests);
    }

    @Test
    void aLeaderSearchesOpensAHitAndAcceptsIt() throws Exception {
        String marker = Portal.uniqueMarker();
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        var filed = supervisor.post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("areaCode", LegalAidEvents.GRID).add("title", marker + "垃圾清运不及时")
                .add("content", "小区门口垃圾桶已满三天无人清运。").add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        ApiClient leaderApi = ApiClient.asDemo("street-leader-a");
        for (int i = 0; i < 100 && !leaderApi.get("/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).body().contains(marker); i++) {
            Thread.sleep(100); // the index takes it within moments of the commit
        }

        try (BrowserContext context = desk()) {
            Page page = logIn(context, "street-leader-a", Portal.DEMO_PASSWORD);
            Keyboard.tabTo(page, "#nav-search");
            follow(page, "/search.xhtml");
            Keyboard.tabTo(page, "#q");
            page.keyboard().type(marker);
            follow(page, "/search.xhtml?q=");
            assertThat(page.locator(".hit")).hasCount(1);
            Keyboard.tabTo(page, ".hit a.hit-title");
            follow(page, "/submissions/detail.xhtml");
            assertThat(page).hasURL(Pattern.compile("/submissions/detail\\.xhtml\\?id=" + filed.json().getString("id")));
            assertThat(page.locator("#status")).hasText("已提交");

            Keyboard.tabTo(page, "#actions\\:note");
            page.keyboard().type("已联系物业，今日清运。");
            Keyboard.tabTo(page, ".action-ACCEPT");
            page.keyboard().press("Enter");
            assertThat(page.locator("#status")).not().hasText("已提交");
            assertThat(page.locator("#timeline")).containsText("已联系物业，今日清运。");
        }
        assertEquals(List.of(), foreignRequests);
    }

    @Test
    void aLeaderReadsTheDashboardsTablesOnAPhone() {
        try (BrowserContext context = phone()) {
            Page page = logIn(context, "district-leader", Portal.DEMO_PASSWORD);
            Keyboard.tabTo(page, "#nav-dashboard");
            follow(page, "/dashboard.xhtml");
            assertThat(page.locator("h1")).hasText("领导驾驶舱");
            Keyboard.tabTo(page, "#trend-data summary"); // the trend chart's figures, as a table
            page.keyboard().press("Enter");
            assertThat(page.locator("#trend tbody tr")).hasCount(30);
            Keyboard.tabTo(page, ".table-scroll");
            var region = page.locator(":focus");
            assertTrue(region.getAttribute("aria-label") != null || region.getAttribute("aria-labelledby") != null,
                    "the scrolling table has a name");
            int before = ((Number) region.evaluate("e => e.scrollLeft")).intValue();
            boolean overflows = (Boolean) region.evaluate("e => e.scrollWidth > e.clientWidth");
            for (int i = 0; i < 5; i++) {
                page.keyboard().press("ArrowRight");
            }
            if (overflows) {
                assertTrue(((Number) region.evaluate("e => e.scrollLeft")).intValue() > before, "arrows scroll the table");
            }
            Keyboard.tabTo(page, ".table-scroll a");
            String target = (String) page.evaluate("document.activeElement.href");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(target);
        }
        assertEquals(List.of(), foreignRequests);
    }

    /** Presses Enter on the focused link or form and waits for the page whose address contains {@code to}. */
    private static void follow(Page page, String to) {
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains(to));
        page.waitForLoadState();
    }

    /**
     * Opens the focused file input's chooser as a keyboard user does: Enter, or Space if Enter opened nothing
     * (Chromium, busy with a whole suite, has been seen to drop the Enter of a file input now and then; a person
     * would press again, and Space is the other key that opens it).
     */
    private static FileChooser chooseFileByKeyboard(Page page) {
        try {
            return page.waitForFileChooser(new Page.WaitForFileChooserOptions().setTimeout(5_000),
                    () -> page.keyboard().press("Enter"));
        } catch (TimeoutError droppedEnter) {
            assertTrue(Keyboard.focusIsOn(page, "#form\\:photos_input"), "the photo input keeps the focus");
            return page.waitForFileChooser(() -> page.keyboard().press("Space"));
        }
    }

    /** Tabs to the radio button group's options until the one labelled {@code label}, and checks it with Space. */
    private static void chooseRadio(Page page, String group, String label) {
        for (int i = 0; i < 30; i++) {
            page.keyboard().press("Tab");
            Keyboard.assertFocusShown(page);
            if (Keyboard.focusIsWithin(page, group) && label.equals(page.evaluate("document.activeElement.textContent.trim()"))) {
                page.keyboard().press("Space");
                assertThat(page.locator(group + " [role=radio][aria-checked=true]")).hasText(label);
                return;
            }
        }
        throw new AssertionError(label + " not reached in " + group);
    }

    /** Presses the arrow key until the element's text is {@code text}, as one picks from a closed select menu. */
    private static void arrowUntil(Page page, String key, String shows, String text) {
        for (int i = 0; i < 40 && !text.equals(page.locator(shows).textContent().strip()); i++) {
            page.keyboard().press(key);
        }
        assertThat(page.locator(shows)).hasText(text);
    }

    /** Logs in with the keyboard: Tab to each field, type, Enter. */
    private Page logIn(BrowserContext context, String username, String password) {
        Page page = PortalPages.watchedPage(context, foreignRequests);
        page.navigate(Portal.BASE + "/login.xhtml");
        Keyboard.tabTo(page, "#login\\:username");
        page.keyboard().type(username);
        Keyboard.tabTo(page, "#login\\:password");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        assertThat(page.locator("h1#greeting")).isVisible();
        return page;
    }

    private static BrowserContext desk() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
    }

    private static BrowserContext phone() {
        return PortalPages.phone(browser);
    }
}
