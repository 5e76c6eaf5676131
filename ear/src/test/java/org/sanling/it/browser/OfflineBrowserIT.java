package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Images;
import org.sanling.it.support.LegalAidEvents;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Volunteers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Field use without a network (issue 8), in real Chromium on a 360-px phone with
 * {@code context.setOffline(true)}: the service worker serves the offline pages and the lists as last
 * seen; what is entered offline waits, encrypted, in the outbox and is sent exactly once when the network
 * returns; the server decides (a full shift waitlists); an expired login loses nothing; and no request
 * ever leaves for another host. Each test registers its own volunteer, so no run sees another's items.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineBrowserIT extends InChromium {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The static offline pages in the web module's sources (the tests run in the ear module). */
    private static final Path OFFLINE_PAGES = Path.of("..", "web", "src", "main", "webapp", "offline");
    /** A whole text key in quotes, as the pages' scripts and data-i18n attributes name them. */
    private static final Pattern KEY = Pattern.compile("['\"]((?:offline|submissionType|urgency|outcome|signupStatus)\\.[A-Za-z.]*[A-Za-z])['\"]");
    /** A little raw IndexedDB for the tests: every record of the outbox database, as the page stores it. */
    private static final String RAW_OUTBOX = """
            async () => {
                const db = await new Promise((ok, fail) => {
                    const r = indexedDB.open('sanling-offline');
                    r.onsuccess = () => ok(r.result);
                    r.onerror = () => fail(r.error);
                });
                const all = name => new Promise(ok => {
                    const r = db.transaction(name).objectStore(name).getAll();
                    r.onsuccess = () => ok(r.result);
                });
                const items = await all('outbox');
                const keys = await all('keys');
                db.close();
                return {items, keys};
            }""";
    /** Everything the outbox database holds, with each byte buffer read as UTF-8 and as Latin-1 text. */
    private static final String OUTBOX_AS_TEXT = """
            async () => {
                const raw = await (%s)();
                const text = value => {
                    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
                        const bytes = new Uint8Array(value.buffer || value);
                        return new TextDecoder().decode(bytes) + String.fromCharCode(...bytes);
                    }
                    if (value instanceof CryptoKey) {
                        return 'CryptoKey';
                    }
                    if (value && typeof value === 'object') {
                        return Object.entries(value).map(([k, v]) => k + '=' + text(v)).join(';');
                    }
                    return String(value);
                };
                return text(raw.items) + text(raw.keys) + JSON.stringify(localStorage);
            }""".formatted(RAW_OUTBOX);

    private final List<String> foreignRequests = new CopyOnWriteArrayList<>();
    private BrowserContext phone;

    @BeforeEach
    void phone() {
        phone = PortalPages.phone(browser);
        // Every request of every page and of the service worker.
        phone.onRequest(request -> {
            if (PortalPages.foreign(request.url())) {
                foreignRequests.add(request.url());
            }
        });
    }

    @AfterEach
    void close() {
        phone.close();
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }

    @Test
    void threeSubmissionsAndASignUpFiledOfflineReachTheServerOnceEachAfterAReload() {
        String volunteer = Volunteers.registerOne("off-a", "郑小雨");
        JsonObject campaign = campaign("巡河 ", 5);
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            fileSubmission(page, "路灯不亮 " + marker + " 第" + i + "处", "晚上路口很黑，老人出门不方便。");
        }
        signUpOffline(page, campaign);
        page.reload();
        assertThat(page.locator("#network")).hasText("离线");
        page.navigate(Portal.BASE + "/offline/index.html");
        assertThat(page.locator("#pending")).hasText("待发送 (4)");
        assertThat(page.locator(".outbox-item[data-state=pending]")).hasCount(4);
        assertThat(page.locator("#outbox-empty")).isHidden();
        assertTrue(PortalPages.fitsPhone(page), "the outbox fits a phone");
        screenshot(page, "offline-outbox-pending");

        phone.setOffline(false);
        assertThat(page.locator("#pending")).hasText("待发送 (0)", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(4);
        assertThat(page.locator(".outbox-item[data-state=done] .state").first()).containsText("已提交，编号");

        ApiClient api = ApiClient.as(volunteer, Volunteers.PASSWORD);
        assertEquals(3, mySubmissionsWith(api, marker), "each submission once");
        assertEquals(1, mySignupsFor(api, campaign), "the sign-up once");
    }

    @Test
    void theSameOutboxSentTwiceAfterALostAnswerCreatesNothingTwice() {
        String volunteer = Volunteers.registerOne("off-b", "钱小岚");
        JsonObject campaign = campaign("送药上门 ", 5);
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        fileSubmission(page, "楼道堆物 " + marker, "三楼楼道堆满纸箱，有火灾隐患。");
        fileSubmission(page, "井盖松动 " + marker, "小区南门井盖踩上去会晃。");
        signUpOffline(page, campaign);
        page.navigate(Portal.BASE + "/offline/index.html");
        assertThat(page.locator("#pending")).hasText("待发送 (3)");
        // The outbox as it is now, to send it all again later.
        page.evaluate("async () => { window.kept = (await (" + RAW_OUTBOX + ")()).items; }");
        // The server saves the first submission and the sign-up, but their answers never reach the browser.
        page.evaluate("""
                () => {
                    const real = window.fetch;
                    const lost = new Set();
                    window.fetch = async (path, init) => {
                        const answer = await real(path, init);
                        const first = init && init.method === 'POST' && !lost.has(path)
                            && (path === '/api/v1/submissions' || path.endsWith('/signups'));
                        if (first) {
                            lost.add(path);
                            throw new TypeError('Failed to fetch');
                        }
                        return answer;
                    };
                }""");

        phone.setOffline(false);
        // Each lost answer stops a run (the item waits for the next); three runs send everything.
        for (int run = 0; run < 3; run++) {
            page.evaluate("() => SanlingOutbox.sync()");
        }
        assertThat(page.locator("#pending")).hasText("待发送 (0)");
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(3);

        // The whole outbox once more, as it was before it was sent.
        page.evaluate("""
                async () => {
                    const db = await new Promise(ok => { const r = indexedDB.open('sanling-offline'); r.onsuccess = () => ok(r.result); });
                    const store = db.transaction('outbox', 'readwrite').objectStore('outbox');
                    window.kept.forEach(item => store.put(item));
                    await new Promise(ok => store.transaction.oncomplete = ok);
                    db.close();
                }""");
        page.reload();
        assertThat(page.locator("#pending")).hasText("待发送 (0)");
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(3);

        ApiClient api = ApiClient.as(volunteer, Volunteers.PASSWORD);
        assertEquals(2, mySubmissionsWith(api, marker), "each submission once");
        assertEquals(1, mySignupsFor(api, campaign), "the sign-up once");
    }

    @Test
    void aSignUpQueuedOfflineForAShiftThatFilledUpMeanwhileComesBackWaitlisted() {
        String volunteer = Volunteers.registerOne("off-c", "孙小溪");
        JsonObject campaign = campaign("陪老人体检 ", 1);
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        signUpOffline(page, campaign);
        // While this phone has no network, someone else takes the only place.
        ApiClient other = ApiClient.as(Volunteers.registerOne("off-c2", "李小山"), Volunteers.PASSWORD);
        var taken = Volunteers.signUp(other, Volunteers.firstShift(campaign), UUID.randomUUID());
        assertEquals("CONFIRMED", taken.json().getString("status"), taken.body());

        page.navigate(Portal.BASE + "/offline/index.html");
        phone.setOffline(false);
        Locator item = page.locator(".outbox-item", new Page.LocatorOptions().setHasText(campaign.getString("title")));
        assertThat(item.locator(".state")).hasText("候补第 1 位");
        assertThat(item).hasAttribute("data-state", "done");
    }

    @Test
    void refusedItemsStayWithTheServersReasonUntilDismissedAndASubmissionIsCorrectedAndSentAgain() {
        String volunteer = Volunteers.registerOne("off-i", "卫小禾");
        JsonObject campaign = campaign("清理小广告 ", 5);
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        signUpOffline(page, campaign);
        // A category switched off since this phone last saw the list.
        page.navigate(Portal.BASE + "/offline/submit.html");
        assertThat(page.locator("#category option").first()).isAttached();
        page.evaluate("() => { const gone = new Option('已停用的类别', '999999'); document.getElementById('category').add(gone); gone.selected = true; }");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        page.locator("#title").fill("占道经营 " + marker);
        page.locator("#content").fill("早市摊位占了整条人行道。");
        page.locator("#queue").click();
        assertThat(page.locator("#notice")).containsText("已保存到待发送");
        // Meanwhile the leader closes the campaign.
        var closed = ApiClient.asDemo("street-leader-a").post("/api/v1/campaigns/" + campaign.getString("id") + "/close",
                Json.createObjectBuilder().build());
        assertEquals(200, closed.status(), closed.body());

        page.navigate(Portal.BASE + "/offline/index.html");
        phone.setOffline(false);
        Locator signUp = page.locator(".outbox-item", new Page.LocatorOptions().setHasText(campaign.getString("title")));
        assertThat(signUp).hasAttribute("data-state", "refused");
        assertThat(signUp.locator(".state")).hasText("未被接受：“" + campaign.getString("title") + "”未开放报名（未发布、已结束或班次已取消）。");
        Locator submission = page.locator(".outbox-item", new Page.LocatorOptions().setHasText(marker));
        assertThat(submission.locator(".state")).hasText("未被接受：没有名为或编号为“999999”的类别。");
        assertThat(signUp.locator("a.edit")).hasCount(0); // nothing to correct in a sign-up
        page.reload();
        assertThat(page.locator(".outbox-item[data-state=refused]")).hasCount(2);
        assertThat(page.locator("#pending")).hasText("待发送 (0)");

        signUp.locator("button.dismiss").click();
        assertThat(signUp).hasCount(0);
        // Once sent, the title leaves the device too: the item is found by its client UUID.
        Locator sent = page.locator(".outbox-item[data-id='" + submission.getAttribute("data-id") + "']");
        submission.locator("a.edit").click();
        assertThat(page.locator("#notice")).containsText("没有名为或编号为“999999”的类别");
        assertThat(page.locator("#title")).hasValue("占道经营 " + marker);
        page.locator("#category").selectOption(new SelectOption().setIndex(0));
        page.locator("#queue").click();
        assertThat(page).hasURL(Pattern.compile("/offline/index\\.html"));
        assertThat(sent.locator(".state")).containsText("已提交，编号");
        assertEquals(1, mySubmissionsWith(ApiClient.as(volunteer, Volunteers.PASSWORD), marker));
        assertEquals(0, mySignupsFor(ApiClient.as(volunteer, Volunteers.PASSWORD), campaign));
    }

    @Test
    void checkingInAndOutOfflineWithTheShiftCodeCountsOnceOnline() {
        String volunteer = Volunteers.registerOne("off-j", "蒋小川");
        // Check-in opens 30 minutes before the start.
        JsonObject campaign = Volunteers.published(ApiClient.asDemo("street-leader-a"), Volunteers.campaign(
                "测体温 " + UUID.randomUUID().toString().substring(0, 6), 3, Duration.ofHours(1),
                Instant.now().plus(Duration.ofMinutes(20))));
        String code = campaign.getJsonArray("shifts").getJsonObject(0).getString("checkCode");
        ApiClient api = ApiClient.as(volunteer, Volunteers.PASSWORD);
        assertEquals(201, Volunteers.signUp(api, Volunteers.firstShift(campaign), UUID.randomUUID()).status());
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        page.navigate(Portal.BASE + "/offline/attendance.html");
        Locator shift = page.locator(".upcoming-shift", new Page.LocatorOptions().setHasText(campaign.getString("title")));
        shift.locator("input.code-input").fill(code);
        shift.locator("button.checkin").click();
        assertThat(page.locator("#notice")).containsText("已保存到待发送");
        shift.locator("input.code-input").fill(code);
        shift.locator("button.checkout").click();
        assertThat(page.locator("#pending")).hasText("待发送 (2)");

        page.navigate(Portal.BASE + "/offline/index.html");
        phone.setOffline(false);
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(2);
        JsonObject signup = api.get("/api/v1/me/signups").json().getJsonArray("upcoming").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("shiftId").equals(Volunteers.firstShift(campaign))).findFirst().orElseThrow();
        assertFalse(signup.isNull("checkedInAt"), signup.toString());
        assertEquals("ATTENDED", signup.getString("attendance"), signup.toString());
    }

    @Test
    void consultationsLoggedOfflineInBoothModeAreRecordedOnceAndAReferralBecomesACase() {
        String volunteer = Volunteers.registerOne("off-l", "陆小满");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        JsonObject event = leader.post("/api/v1/legal-aid/events",
                LegalAidEvents.booth(Instant.now().plus(Duration.ofMinutes(20)))).json();
        ApiClient api = ApiClient.as(volunteer, Volunteers.PASSWORD);
        assertEquals(201, Volunteers.signUp(api, LegalAidEvents.slot(event, "VOLUNTEER"), UUID.randomUUID()).status());
        Page page = loggedInWithWorker(volunteer);
        page.navigate(Portal.BASE + "/offline/consult.html");
        assertThat(page.locator("#event option")).hasCount(1);

        phone.setOffline(true);
        page.reload();
        assertThat(page.locator("#event option[value='" + event.getString("id") + "']")).isAttached();
        logConsultation(page, "劳动争议", "ANSWERED", "工资拖欠三个月，问如何申请劳动仲裁");
        assertThat(page.locator("#logged")).hasText("本次已记录 1 条");
        page.locator("#consent").check();
        page.locator("#citizenName").fill("王大妈");
        page.locator("#citizenPhone").fill("13800000000");
        logConsultation(page, "物业纠纷", "REFERRED", "楼顶漏水物业拒不维修");
        assertThat(page.locator("#logged")).hasText("本次已记录 2 条");
        assertThat(page.locator("#pending")).hasText("待发送 (2)");
        assertTrue(PortalPages.fitsPhone(page), "booth mode fits a phone");
        screenshot(page, "offline-booth-mode");

        page.navigate(Portal.BASE + "/offline/index.html");
        phone.setOffline(false);
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        JsonObject report = leader.get("/api/v1/legal-aid/events/" + event.getString("id") + "/report").json();
        assertEquals(2, report.getInt("consultations"), report.toString());
        assertEquals(1, report.getJsonArray("referrals").size(), report.toString());
        String dispute = report.getJsonArray("referrals").getJsonObject(0).getString("submissionId");
        JsonObject filed = leader.get("/api/v1/submissions/" + dispute).json();
        assertEquals("DISPUTE", filed.getString("type"), filed.toString());
        assertTrue(filed.getString("title").contains("楼顶漏水物业拒不维修"), filed.toString());
    }

    @Test
    void anExpiredLoginPausesTheOutboxWithoutLosingItAndSyncResumesAfterLoggingIn() {
        String volunteer = Volunteers.registerOne("off-d", "周小河");
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        fileSubmission(page, "垃圾满溢 " + marker, "垃圾桶两天没人清。");
        page.navigate(Portal.BASE + "/offline/index.html");
        phone.clearCookies(); // the login expires while the phone is away
        phone.setOffline(false);

        assertThat(page.locator("#paused")).isVisible();
        assertThat(page.locator("#pending")).hasText("待发送 (1)");
        assertThat(page.locator(".outbox-item[data-state=pending]")).hasCount(1);
        page.locator("#login-again").click();
        page.locator("#login\\:username").fill(volunteer);
        page.locator("#login\\:password").fill(Volunteers.PASSWORD);
        page.locator("#login\\:submit").click();

        assertThat(page).hasURL(Pattern.compile("/offline/index\\.html"));
        assertThat(page.locator("#pending")).hasText("待发送 (0)");
        assertThat(page.locator("#paused")).isHidden();
        assertThat(page.locator(".outbox-item[data-state=done] .state")).containsText("已提交，编号");
        assertEquals(1, mySubmissionsWith(ApiClient.as(volunteer, Volunteers.PASSWORD), marker));
    }

    @Test
    void theOutboxIsEncryptedAtRestUnderANonExtractableKeyAndEmptiedOnceSynced() {
        String volunteer = Volunteers.registerOne("off-e", "吴小林");
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);

        phone.setOffline(true);
        String secret = "王阿姨家漏水 " + UUID.randomUUID().toString().substring(0, 8);
        page.navigate(Portal.BASE + "/offline/submit.html");
        page.locator("#photos").setInputFiles(Images.jpegFile());
        assertThat(page.locator("#previews img")).hasCount(1);
        fillSubmission(page, secret, "楼上住户 13800001234 的水管破裂，" + secret);
        assertThat(page.locator("#notice")).containsText("已保存到待发送");

        String atRest = (String) page.evaluate(OUTBOX_AS_TEXT);
        assertTrue(atRest.contains("content=iv="), "the item is kept: " + atRest.length());
        assertFalse(atRest.contains(secret), "no citizen text in the outbox at rest");
        assertFalse(atRest.contains("13800001234"), "no phone number in the outbox at rest");
        @SuppressWarnings("unchecked")
        Map<String, Object> key = (Map<String, Object>) page.evaluate("""
                async () => {
                    const db = await new Promise(ok => { const r = indexedDB.open('sanling-offline'); r.onsuccess = () => ok(r.result); });
                    const key = await new Promise(ok => { const r = db.transaction('keys').objectStore('keys').get('outbox'); r.onsuccess = () => ok(r.result); });
                    db.close();
                    let exported = true;
                    try { await crypto.subtle.exportKey('raw', key); } catch (e) { exported = false; }
                    return {cryptoKey: key instanceof CryptoKey, extractable: key.extractable, algorithm: key.algorithm.name, exported};
                }""");
        assertEquals(Map.of("cryptoKey", true, "extractable", false, "algorithm", "AES-GCM", "exported", false), key);

        page.navigate(Portal.BASE + "/offline/index.html");
        phone.setOffline(false);
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(1);
        String synced = (String) page.evaluate(OUTBOX_AS_TEXT);
        assertFalse(synced.contains("content="), "the content left the device: " + synced);
        assertFalse(synced.contains("photos="), "the photos left the device: " + synced);
        assertFalse((Boolean) page.evaluate("async () => { for (const name of await caches.keys()) { const cache = await caches.open(name);"
                + " for (const request of await cache.keys()) { if ((await (await cache.match(request)).text()).includes('" + secret + "')) return true; } } return false; }"),
                "no citizen text in the service worker's caches");

        ApiClient api = ApiClient.as(volunteer, Volunteers.PASSWORD);
        String id = mySubmissions(api, secret).get(0).getString("id");
        assertEquals(1, api.get("/api/v1/submissions/" + id + "/photos").array().size(), "the photo came with it, once");
    }

    @Test
    void theOfflinePagesOpenWithoutANetworkFitAPhoneAndLoadNothingFromAnotherHost() {
        String volunteer = Volunteers.registerOne("off-f", "冯小月");
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);
        assertThat(page.locator("link[rel=manifest]")).hasCount(1);
        JsonObject manifest = ApiClient.anonymous().get("/manifest.webmanifest").json();
        assertEquals("三零", manifest.getString("short_name"));
        manifest.getJsonArray("icons").getValuesAs(JsonObject.class).forEach(icon ->
                assertEquals(200, ApiClient.anonymous().get(icon.getString("src")).status(), icon.toString()));
        String worker = ApiClient.anonymous().get("/sw.js").body();
        assertTrue(worker.contains("modulePathPrefix: '/workbox/'"), worker);

        phone.setOffline(true);
        for (String name : List.of("index", "submit", "signup", "consult", "attendance")) {
            page.navigate(Portal.BASE + "/offline/" + name + ".html");
            assertThat(page.locator("#network")).hasText("离线");
            assertThat(page.locator("#nav-" + name)).hasAttribute("aria-current", "page");
            assertTrue(PortalPages.fitsPhone(page), name + " fits a phone");
            screenshot(page, "offline-" + name);
        }
        // A Faces page opened offline shows the offline shell instead of the browser's error.
        page.navigate(Portal.BASE + "/volunteer/campaigns.xhtml");
        assertThat(page.locator("#nav-index")).isVisible();
        page.navigate(Portal.BASE + "/offline/index.html");
        assertThat(page.locator("#shifts-empty")).isVisible();
        page.locator("#language").click();
        assertThat(page.locator("#network")).hasText("Offline");
        assertThat(page.locator("#pending")).hasText("Pending (0)");
    }

    @Test
    void thePortalsMenuCountsWhatWaitsAndALogoutThatWouldLeaveItUnsentAsksFirst() {
        String volunteer = Volunteers.registerOne("off-h", "褚小松");
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);
        phone.setOffline(true);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        fileSubmission(page, "路面塌陷 " + marker, "人行道塌了一个坑。");
        // Back online, but the server cannot take the outbox yet.
        phone.route("**/api/v1/sync/session", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)));
        phone.setOffline(false);
        page.navigate(Portal.BASE + "/");
        assertThat(page.locator("#offlineCount")).hasText("1");

        List<String> asked = new CopyOnWriteArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("#topbar\\:logout").click();
        assertThat(page.locator("h1#greeting")).isVisible();
        assertEquals(1, asked.size(), "asked before logging out");
        assertTrue(asked.get(0).contains("还有 1 条待发送的记录"), asked.get(0));

        // Once the server takes it, the count goes and the logout asks nothing.
        phone.unroute("**/api/v1/sync/session");
        page.evaluate("() => SanlingOutbox.sync()");
        assertThat(page.locator("#offlineCount")).isHidden();
        page.onDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("#topbar\\:logout").click();
        assertThat(page).hasURL(Pattern.compile("/login\\.xhtml"));
        assertEquals(1, asked.size(), "no question without pending items");
        assertEquals(1, mySubmissionsWith(ApiClient.as(volunteer, Volunteers.PASSWORD), marker));
    }

    @Test
    void syncingAHundredQueuedItemsAfterReconnecting() {
        String volunteer = Volunteers.registerOne("off-g", "陈小峰");
        Page page = loggedInWithWorker(volunteer);
        warmUp(page);
        String category = ApiClient.as(volunteer, Volunteers.PASSWORD).get("/api/v1/categories").array()
                .getJsonObject(0).getString("id");

        phone.setOffline(true);
        page.navigate(Portal.BASE + "/offline/index.html");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // The outbox's own API, as the forms use it.
        page.evaluate("""
                async ([marker, category]) => {
                    for (let i = 0; i < 100; i++) {
                        const clientId = crypto.randomUUID();
                        const body = {clientId, type: 'HAZARD', category, title: '批量 ' + marker + ' ' + i,
                            content: '离线积压的第 ' + i + ' 条。', urgency: 'NORMAL', occurredAt: new Date().toISOString()};
                        await SanlingOutbox.add('submission', clientId, {path: '/api/v1/submissions', body, label: body.title});
                    }
                }""", List.of(marker, category));
        page.reload();
        assertThat(page.locator("#pending")).hasText("待发送 (100)");

        long start = System.nanoTime();
        phone.setOffline(false);
        assertThat(page.locator("#pending")).hasText("待发送 (0)",
                new LocatorAssertions.HasTextOptions().setTimeout(120_000));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("OFFLINE-SYNC: 100 queued submissions synced in %d ms after reconnecting%n", millis);
        assertEquals(100, mySubmissionsWith(ApiClient.as(volunteer, Volunteers.PASSWORD), marker));
        assertTrue(millis < 60_000, "100 items in " + millis + " ms");
    }

    @Test
    void theOfflinePagesTextsComeFromTheBundlesInBothLanguages() throws IOException {
        String script = ApiClient.anonymous().get("/offline/messages.js").body();
        JsonObject texts = Json.createReader(new StringReader(
                script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))).readObject();
        JsonObject chinese = texts.getJsonObject("zh-CN");
        JsonObject english = texts.getJsonObject("en");
        assertEquals(chinese.keySet(), english.keySet(), "the same texts in both languages");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(OFFLINE_PAGES)) {
            for (Path file : files.toList()) {
                KEY.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertTrue(used.size() > 50, "keys found in the pages: " + used);
        used.removeAll(chinese.keySet());
        assertEquals(Set.of(), used, "keys the offline pages use but the bundles lack");
    }

    // ---- helpers ----

    /** A published campaign of street-leader-a with one shift of {@code places} places in three days. */
    private static JsonObject campaign(String title, int places) {
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        return Volunteers.published(ApiClient.asDemo("street-leader-a"), Volunteers.campaign(
                title + UUID.randomUUID().toString().substring(0, 6), places, Duration.ofHours(2), start));
    }

    /**
     * Logs in (the layout registers the service worker) and waits until the worker controls the pages. An install
     * whose precache fetch failed on a busy machine leaves no worker until a page registers it again, so the offline
     * page is opened again, as a person would, up to three times.
     */
    private Page loggedInWithWorker(String username) {
        Page page = PortalPages.logIn(phone, username, Volunteers.PASSWORD, foreignRequests);
        PortalPages.waitUntil(page, "async () => (await navigator.serviceWorker.getRegistration('/')) !== undefined");
        for (int attempt = 1; attempt <= 3; attempt++) {
            page.navigate(Portal.BASE + "/offline/index.html");
            if (PortalPages.becomesTrue(page, "() => navigator.serviceWorker.controller !== null", Duration.ofSeconds(40))) {
                return page;
            }
        }
        throw new AssertionError("the service worker did not take control of the offline page in three tries");
    }

    /** Opens each offline page online once, so the worker keeps the lists they read. */
    private static void warmUp(Page page) {
        page.navigate(Portal.BASE + "/offline/signup.html");
        assertThat(page.locator(".campaign").first()).isVisible();
        page.navigate(Portal.BASE + "/offline/submit.html");
        assertThat(page.locator("#category option").first()).isAttached();
        assertThat(page.locator("#areaCode option").first()).isAttached();
        page.navigate(Portal.BASE + "/offline/index.html");
        PortalPages.waitUntil(page, "() => document.getElementById('shifts-empty') !== null && document.getElementById('outbox-empty') !== null");
    }

    private static void fileSubmission(Page page, String title, String content) {
        page.navigate(Portal.BASE + "/offline/submit.html");
        fillSubmission(page, title, content);
        assertThat(page.locator("#notice")).containsText("已保存到待发送");
    }

    private static void fillSubmission(Page page, String title, String content) {
        assertThat(page.locator("#category option").first()).isAttached();
        page.locator("#type").selectOption("HAZARD");
        page.locator("#title").fill(title);
        page.locator("#content").fill(content);
        page.locator("#place").fill("梦萦小区");
        page.locator("#queue").click();
    }

    private static void signUpOffline(Page page, JsonObject campaign) {
        page.navigate(Portal.BASE + "/offline/signup.html");
        assertThat(page.locator("#as-of")).hasText("当前离线：显示的是上次联网时的内容。");
        Locator shift = page.locator("[data-shift='" + Volunteers.firstShift(campaign) + "']");
        shift.locator("button.sign-up").click();
        assertThat(shift.locator("button.sign-up")).hasText("待发送");
        assertThat(page.locator("#notice")).containsText("已保存到待发送");
    }

    private static void logConsultation(Page page, String topic, String outcome, String summary) {
        page.locator("#topics button", new Page.LocatorOptions().setHasText(topic)).click();
        page.locator("#outcomes button[data-value=" + outcome + "]").click();
        page.locator("#summary").fill(summary);
        page.locator("#queue").click();
        assertThat(page.locator("#notice")).containsText("已保存到待发送");
    }

    private static List<JsonObject> mySubmissions(ApiClient api, String marker) {
        return api.get("/api/v1/submissions?view=MINE&size=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("title").contains(marker)).toList();
    }

    private static int mySubmissionsWith(ApiClient api, String marker) {
        return mySubmissions(api, marker).size();
    }

    private static long mySignupsFor(ApiClient api, JsonObject campaign) {
        String shift = Volunteers.firstShift(campaign);
        return api.get("/api/v1/me/signups").json().getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("shiftId").equals(shift)).count();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
