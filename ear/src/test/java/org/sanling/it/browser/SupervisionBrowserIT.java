package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Images;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanling.supervision.PhotoFixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A submission's whole way in real Chromium on phones: the supervisor files it with a photo, the street leader
 * accepts it from the queue (which dispatches it to the grid's handler), the handler works and
 * resolves it, the supervisor confirms it, and the timeline shows every step. A photo the portal cannot
 * keep is refused with its reason while the submission and its other photos stay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupervisionBrowserIT extends InChromium {

    private static final List<String> FOREIGN_REQUESTS = new CopyOnWriteArrayList<>();

    @Test
    void aSubmissionGoesFromTheStreetToConfirmationInTheBrowser() {
        String title = "楼道堆物 " + Portal.uniqueUsername("t").substring(2);
        String detailUrl;

        try (BrowserContext supervisor = phone()) {
            Page page = logIn(supervisor, "supervisor-a");
            page.locator("#nav-submit").click();
            page.locator("#form\\:submit").click();
            assertThat(page.locator("#form")).containsText("请填写标题。");
            assertThat(page.locator("#form")).containsText("请选择类别。");

            fillIn(page, title);
            page.locator("#form\\:photos_input").setInputFiles(Images.jpegFile());
            page.locator("#form\\:submit").click();

            assertThat(page).hasURL(Pattern.compile("/submissions/detail\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("#messages")).containsText("已提交，编号 SQ-");
            assertThat(page.locator("#status")).hasText("已提交");
            assertThat(page.locator("#photos img")).hasCount(1);
            page.locator("#photos img").scrollIntoViewIfNeeded(); // lazy loading: thumbnails load when in view
            page.waitForFunction("() => { const img = document.querySelector('#photos img'); return img.complete && img.naturalWidth > 0; }");
            detailUrl = page.url();
        }

        try (BrowserContext leader = phone()) {
            Page page = logIn(leader, "street-leader-a");
            page.locator("#nav-queue").click();
            Locator row = page.locator("#list\\:table tr", new Page.LocatorOptions().setHasText(title));
            assertThat(row).hasCount(1);
            row.locator(".ui-chkbox-box").click();
            page.locator("#list\\:acceptSelected").click();
            assertThat(page.locator("#messages")).containsText("已受理 1 条");
            page.navigate(detailUrl);
            assertThat(page.locator("#status")).hasText("已派单");
            assertThat(page.locator("#assignee")).hasText("刘伟");
        }

        try (BrowserContext handler = phone()) {
            Page page = logIn(handler, "handler-a");
            page.locator("#nav-assigned").click();
            page.locator("#list\\:table tr", new Page.LocatorOptions().setHasText(title)).locator("a").click();
            clickAction(page, "开始处置");
            assertThat(page.locator("#status")).hasText("处置中");
            clickAction(page, "办结");
            assertThat(page.locator("#actions")).containsText("此操作须填写说明。");
            page.locator("#actions\\:note").fill("已清理楼道杂物，消防通道畅通。");
            clickAction(page, "办结");
            assertThat(page.locator("#status")).hasText("已办结");
        }

        try (BrowserContext supervisor = phone()) {
            Page page = logIn(supervisor, "supervisor-a");
            page.navigate(detailUrl);
            clickAction(page, "确认满意");
            assertThat(page.locator("#status")).hasText("已确认");
            Locator steps = page.locator("#timeline li strong");
            assertThat(steps).hasText(new String[]{"提交", "受理", "派单", "开始处置", "办结", "确认满意"});
            assertThat(page.locator("#timeline")).containsText("已清理楼道杂物");
        }
        assertEquals(List.of(), FOREIGN_REQUESTS, "requests to hosts other than the portal");
    }

    @Test
    void theSupervisorSeesPossibleDuplicatesWhileTypingAndOpensOne() throws InterruptedException {
        String marker = Portal.uniqueMarker();
        String word = marker + "井盖";
        ApiClient api = ApiClient.asDemo("supervisor-a");
        var filed = api.post("/api/v1/submissions", jakarta.json.Json.createObjectBuilder()
                .add("clientId", java.util.UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("areaCode", "410702001001001").add("title", word + "缺失").add("content", "人行道" + word + "丢失，行人容易踩空。")
                .add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        String similar = "/api/v1/submissions/similar?areaCode=410702001001001&content=&title="
                + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 100 && !api.get(similar).body().contains(marker); i++) {
            Thread.sleep(100); // the index takes it within moments of the commit
        }

        try (BrowserContext supervisor = phone()) {
            Page page = logIn(supervisor, "supervisor-a");
            page.locator("#nav-submit").click();
            assertThat(page.locator("#form\\:possibleDuplicates li")).hasCount(0);
            Locator title = page.locator("#form\\:title");
            title.fill(word + "又不见了");
            title.press("End"); // a key goes up: the form looks once typing pauses
            Locator duplicates = page.locator("#form\\:possibleDuplicates");
            assertThat(duplicates).containsText("可能重复的反映");
            Locator link = duplicates.locator("a", new Locator.LocatorOptions().setHasText(word + "缺失"));
            assertThat(link).hasAttribute("href", Pattern.compile("detail\\.xhtml\\?id=" + id + "$"));
            assertThat(duplicates.locator("li", new Locator.LocatorOptions().setHasText(word + "缺失"))).containsText("已提交");
            assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "no sideways scrolling on a phone");

            page.locator("#topbar\\:language").click();
            page.locator("#form\\:title").fill(word);
            page.locator("#form\\:title").press("End");
            assertThat(page.locator("#form\\:possibleDuplicates")).containsText("Possible duplicates");
        }
        assertEquals(List.of(), FOREIGN_REQUESTS, "requests to hosts other than the portal");
    }

    @Test
    void aPhotoClaimingTooManyPixelsIsRefusedWithItsReasonAndTheSubmissionAndOtherPhotosStay() {
        try (BrowserContext supervisor = phone()) {
            Page page = logIn(supervisor, "supervisor-a");
            page.locator("#nav-submit").click();
            fillIn(page, "照片过大 " + Portal.uniqueUsername("t").substring(2));
            page.locator("#form\\:photos_input").setInputFiles(new Path[]{Images.jpegFile(),
                    Images.file("bomb-", ".png", PhotoFixtures.pngClaiming(20_000, 20_000))});
            page.locator("#form\\:submit").click();

            assertThat(page).hasURL(Pattern.compile("/submissions/detail\\.xhtml\\?id=\\d+"));
            assertThat(page.locator("#messages")).containsText("已提交，编号 SQ-");
            assertThat(page.locator("#messages")).containsText("照片像素过多：每张最多 40 百万像素，长边最多 16384 像素。");
            assertThat(page.locator("#photos img")).hasCount(1);
        }
    }

    /** Fills the new-submission form but for its photos: a fire hazard in a grid of 梦萦小区. */
    private static void fillIn(Page page, String title) {
        page.locator("#form\\:type").getByText("隐患").click();
        PortalPages.choose(page, "form\\:category", "消防安全");
        Locator grid = page.locator("#form\\:areaCode_input");
        grid.fill("");
        grid.focus();
        page.keyboard().press("Shift");
        page.keyboard().insertText("梦萦小区第1网格");
        page.locator("#form\\:areaCode_panel").getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName("梦萦小区第1网格 综合网格").setExact(true)).click();
        assertThat(grid).hasValue("梦萦小区第1网格");
        page.locator("#form\\:place").fill("梦萦小区3号楼二单元");
        page.locator("#form\\:title").fill(title);
        page.locator("#form\\:content").fill("楼道内堆放纸箱和电动车，堵塞消防通道。");
    }

    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780).setLocale("zh-CN"));
    }

    private static Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.onRequest(request -> {
            if (!request.url().startsWith(Portal.BASE) && !request.url().startsWith("data:")) {
                FOREIGN_REQUESTS.add(request.url());
            }
        });
        page.navigate(Portal.BASE + "/login.xhtml");
        page.locator("#login\\:username").fill(username);
        page.locator("#login\\:password").fill(Portal.DEMO_PASSWORD);
        page.locator("#login\\:submit").click();
        assertThat(page.locator("h1#greeting")).isVisible();
        return page;
    }

    private static void clickAction(Page page, String label) {
        page.locator(".action-buttons button", new Page.LocatorOptions().setHasText(label)).first().click();
    }
}
