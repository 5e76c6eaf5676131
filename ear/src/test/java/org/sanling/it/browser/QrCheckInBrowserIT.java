package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Browsers;
import org.sanling.it.support.FakeCamera;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Volunteers;

import com.google.zxing.ReaderException;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 扫码签到 (issue 18) in real Chromium on a 360-px phone: the organiser's printable page shows the shift's
 * QR code; a volunteer's phone, whose camera films that very image (Chromium's fake capture device playing
 * a Y4M video made from it), scans it on the check-in page and is checked in, online and offline through
 * the outbox, exactly once. Chromium on Linux has no BarcodeDetector of its own, so the scans here go
 * through the portal's own ZXing WebAssembly (/qr/), which must therefore work offline too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QrCheckInBrowserIT extends InChromium {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path videos;

    private final List<String> foreignRequests = new CopyOnWriteArrayList<>();
    /** The phone with the filming camera, launched per test: its video is the QR code of the test's shift. */
    private Browser cameraPhone;

    @AfterEach
    void close() {
        if (cameraPhone != null) {
            cameraPhone.close();
        }
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }

    @Test
    void theShiftsQrCodeIsPrintedForItsCampaignsLeadersOnlyAndNamesTheCheckInPageWithTheCode() throws ReaderException {
        JsonObject campaign = startingSoon("扫码 ");
        String shift = Volunteers.firstShift(campaign);
        String code = campaign.getJsonArray("shifts").getJsonObject(0).getString("checkCode");
        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD, foreignRequests);
            page.navigate(Portal.BASE + "/volunteer/campaign.xhtml?id=" + campaign.getString("id"));
            page.locator("a[id$=':qr']").click();
            assertThat(page).hasURL(Pattern.compile("/volunteer/shift-qr\\.xhtml\\?id=" + shift));
            assertThat(page.locator("#title")).hasText(campaign.getString("title"));
            assertThat(page.locator("#code")).hasText(code);
            String link = FakeCamera.qrText(FakeCamera.image(page.locator("#qr").getAttribute("src")));
            assertEquals(Portal.BASE + "/offline/attendance.html#shift=" + shift + "&code=" + code, link);
            assertTrue(PortalPages.fitsPhone(page), "the QR page fits a phone");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("shift-qr.png")).setFullPage(true));
        }
        String volunteer = Volunteers.registerOne("qr-x", "严小看");
        assertEquals(403, qrPageStatus(volunteer, Volunteers.PASSWORD, shift), "a volunteer");
        assertEquals(403, qrPageStatus("street-leader-b", Portal.DEMO_PASSWORD, shift), "a leader of another street");
        assertEquals(404, qrPageStatus("street-leader-a", Portal.DEMO_PASSWORD, "999999999"), "no such shift");
    }

    @Test
    void aVolunteerScansTheQrCodeWithThePhonesCameraAndIsCheckedInOnce() {
        JsonObject campaign = startingSoon("扫码签到 ");
        String volunteer = signedUp(campaign, "qr-a", "秦小扫");
        Page page = filmingPhone(campaign, volunteer);
        page.navigate(Portal.BASE + "/offline/attendance.html");
        assertThat(shiftRow(page, campaign)).isVisible();
        assertFalse((Boolean) page.evaluate("'BarcodeDetector' in window"), "this Chromium reads QR codes with the portal's decoder");

        scan(page, campaign);
        assertThat(page.locator("#pending")).hasText("待发送 (0)");
        assertTrue(PortalPages.fitsPhone(page), "the check-in page fits a phone");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("qr-check-in.png")).setFullPage(true));
        String checkedInAt = checkedInAt(volunteer, campaign);
        assertFalse(checkedInAt.isEmpty(), "checked in");

        page.navigate(Portal.BASE + "/offline/index.html");
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(1);
        // Typing the code stays: checking out with it, as before.
        page.navigate(Portal.BASE + "/offline/attendance.html");
        shiftRow(page, campaign).locator("input.code-input").fill(campaign.getJsonArray("shifts").getJsonObject(0).getString("checkCode"));
        shiftRow(page, campaign).locator("button.checkout").click();
        assertThat(page.locator("#notice")).containsText("已保存到待发送");
        page.navigate(Portal.BASE + "/offline/index.html");
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(2);
        assertEquals(checkedInAt, checkedInAt(volunteer, campaign), "one check-in, its time kept");
    }

    @Test
    void scannedOfflineTheCheckInWaitsInTheOutboxAndIsSentOnceWhenTheNetworkReturns() {
        JsonObject campaign = startingSoon("离线扫码 ");
        String volunteer = signedUp(campaign, "qr-b", "柏小离");
        Page page = filmingPhone(campaign, volunteer);
        // The service worker in control, and the page and my shifts seen once online.
        PortalPages.waitUntil(page, "async () => (await navigator.serviceWorker.getRegistration('/')) !== undefined");
        page.navigate(Portal.BASE + "/offline/attendance.html");
        PortalPages.waitUntil(page, "() => navigator.serviceWorker.controller !== null");
        page.reload();
        assertThat(shiftRow(page, campaign)).isVisible();

        page.context().setOffline(true);
        page.reload();
        assertThat(page.locator("#network")).hasText("离线");
        scan(page, campaign);
        assertThat(page.locator("#pending")).hasText("待发送 (1)");
        assertEquals("", checkedInAt(volunteer, campaign), "nothing reached the server yet");

        page.navigate(Portal.BASE + "/offline/index.html");
        page.context().setOffline(false);
        assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(1,
                new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(page.locator("#pending")).hasText("待发送 (0)");
        assertFalse(checkedInAt(volunteer, campaign).isEmpty(), "checked in once the network returned");
    }

    @Test
    void theQrCodesLinkOpenedByThePhonesOwnCameraAppChecksInOnceAndNotAgainOnAReload() {
        JsonObject campaign = startingSoon("相机扫码 ");
        String volunteer = signedUp(campaign, "qr-c", "郎小开");
        String code = campaign.getJsonArray("shifts").getJsonObject(0).getString("checkCode");
        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, volunteer, Volunteers.PASSWORD, foreignRequests);
            page.navigate(Portal.BASE + "/offline/attendance.html#shift=" + Volunteers.firstShift(campaign) + "&code=" + code);
            assertThat(page.locator("#notice")).containsText("已扫码签到“" + campaign.getString("title") + "”");
            assertThat(page).hasURL(Portal.BASE + "/offline/attendance.html");
            assertThat(page.locator("#pending")).hasText("待发送 (0)");
            page.reload();
            page.navigate(Portal.BASE + "/offline/index.html");
            assertThat(page.locator(".outbox-item[data-state=done]")).hasCount(1);
        }
        assertFalse(checkedInAt(volunteer, campaign).isEmpty(), "checked in");
    }

    // ---- helpers ----

    /** A published campaign of street-leader-a whose shift starts in 20 minutes: check-in is open. */
    private static JsonObject startingSoon(String title) {
        return Volunteers.published(ApiClient.asDemo("street-leader-a"), Volunteers.campaign(
                title + UUID.randomUUID().toString().substring(0, 6), 3, Duration.ofHours(1),
                Instant.now().plus(Duration.ofMinutes(20))));
    }

    private static String signedUp(JsonObject campaign, String prefix, String name) {
        String volunteer = Volunteers.registerOne(prefix, name);
        assertEquals(201, Volunteers.signUp(ApiClient.as(volunteer, Volunteers.PASSWORD), Volunteers.firstShift(campaign),
                UUID.randomUUID()).status());
        return volunteer;
    }

    /**
     * A volunteer logged in on a phone whose camera films the shift's QR code as the organiser's page
     * shows it (read from that page by its leader).
     */
    private Page filmingPhone(JsonObject campaign, String volunteer) {
        String qr;
        try (BrowserContext leader = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(leader, "street-leader-a", Portal.DEMO_PASSWORD, foreignRequests);
            page.navigate(Portal.BASE + "/volunteer/shift-qr.xhtml?id=" + Volunteers.firstShift(campaign));
            qr = page.locator("#qr").getAttribute("src");
        }
        Path video = FakeCamera.film(FakeCamera.image(qr), videos.resolve("qr.y4m"));
        cameraPhone = Browsers.chromiumFilming(playwright, video);
        BrowserContext phone = PortalPages.phone(cameraPhone);
        phone.grantPermissions(List.of("camera"));
        phone.onRequest(request -> {
            if (PortalPages.foreign(request.url())) {
                foreignRequests.add(request.url());
            }
        });
        return PortalPages.logIn(phone, volunteer, Volunteers.PASSWORD, foreignRequests);
    }

    /** Scans with the camera; one read turns the camera off and queues one check-in. */
    private static void scan(Page page, JsonObject campaign) {
        page.locator("#scan").click();
        assertThat(page.locator("#notice")).containsText("已扫码签到“" + campaign.getString("title") + "”",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#scanner")).isHidden();
        assertThat(page.locator("#scan")).isVisible();
    }

    private static Locator shiftRow(Page page, JsonObject campaign) {
        return page.locator(".upcoming-shift[data-shift='" + Volunteers.firstShift(campaign) + "']");
    }

    /** When the server has the volunteer checked in to the campaign's shift; empty when not. */
    private static String checkedInAt(String volunteer, JsonObject campaign) {
        JsonObject signup = ApiClient.as(volunteer, Volunteers.PASSWORD).get("/api/v1/me/signups").json()
                .getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("shiftId").equals(Volunteers.firstShift(campaign))).findFirst().orElseThrow();
        return signup.containsKey("checkedInAt") && !signup.isNull("checkedInAt") ? signup.getString("checkedInAt") : "";
    }

    /** The HTTP status of the shift's QR page for someone logged in. */
    private int qrPageStatus(String username, String password, String shift) {
        try (BrowserContext context = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(context, username, password, foreignRequests);
            return page.navigate(Portal.BASE + "/volunteer/shift-qr.xhtml?id=" + shift).status();
        }
    }
}
