package org.sanling.it.browser;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.FakeCamera;
import org.sanling.it.support.MfaRequirement;
import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;
import org.sanling.it.support.Totp;

import com.google.zxing.ReaderException;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-factor login in Chromium on a 360-px phone, while it is required of leaders: a new leader's password
 * leads only to the account page, where they enrol with the QR code (read back here with ZXing, as a
 * phone's camera would) and a code, and see their recovery codes; their next login asks for a code after
 * the password. An admin then resets it on the accounts page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoFactorBrowserIT extends InChromium {

    @Deployment(name = MfaRequirement.DEPLOYMENT, testable = false)
    static WebArchive requirement() {
        return MfaRequirement.setter();
    }

    @Test
    void aLeaderWhoMustEnrolScansTheQrCodeConfirmsAndThenLogsInWithACode() throws Exception {
        String leader = Portal.uniqueUsername("ldr");
        var appointed = ApiClient.asDemo("admin").post("/api/v1/accounts", Json.createObjectBuilder()
                .add("username", leader).add("password", "Start1234").add("displayName", "新领导")
                .add("phone", "13700000000").add("areaCode", "410702001")
                .add("roles", Json.createArrayBuilder().add("LEADER")).build());
        assertEquals(201, appointed.status(), appointed.body());
        List<String> foreignRequests = new ArrayList<>();

        try (var required = MfaRequirement.on()) {
            String secret;
            long step;
            try (BrowserContext phone = PortalPages.phone(browser)) {
                Page page = PortalPages.watchedPage(phone, foreignRequests);
                page.navigate(Portal.BASE + "/login.xhtml");
                page.locator("#login\\:username").fill(leader);
                page.locator("#login\\:password").fill("Start1234");
                page.locator("#login\\:submit").click();
                assertThat(page).hasURL(Pattern.compile("/account\\.xhtml$"));
                assertThat(page.locator("#mfa\\:required")).containsText("须先开启两步验证");

                page.navigate(Portal.BASE + "/dashboard.xhtml");
                assertThat(page).hasURL(Pattern.compile("/account\\.xhtml$"));

                page.locator("#mfa\\:start").click();
                assertThat(page.locator("#qr")).isVisible();
                assertTrue((Boolean) page.evaluate("document.getElementById('qr').naturalWidth > 0"), "the QR image loaded");
                URI otpauth = URI.create(decodeQr(page.locator("#qr").getAttribute("src")));
                assertEquals("/Sanling 三零:" + leader, otpauth.getPath());
                secret = otpauth.getRawQuery().replaceAll(".*secret=([A-Z2-7]+).*", "$1");
                assertThat(page.locator("#secret")).hasText(secret);
                assertTrue(PortalPages.fitsPhone(page), "no sideways scrolling on a phone");

                step = Totp.currentStep();
                page.locator("#mfa\\:code").fill(Totp.wrongCode(secret, step));
                page.locator("#mfa\\:confirm").click();
                assertThat(page.locator("#mfa")).containsText("验证码不正确");
                page.locator("#mfa\\:code").fill(Totp.code(secret, step));
                page.locator("#mfa\\:confirm").click();
                assertThat(page.locator("#recoveryCodes li")).hasCount(10);
                assertThat(page.locator("#messages")).containsText("两步验证已开启");

                page.navigate(Portal.BASE + "/dashboard.xhtml");
                assertThat(page).hasURL(Pattern.compile("/dashboard\\.xhtml$"));
            }

            try (BrowserContext phone = PortalPages.phone(browser)) {
                Page page = PortalPages.watchedPage(phone, foreignRequests);
                page.navigate(Portal.BASE + "/login.xhtml");
                page.locator("#login\\:username").fill(leader);
                page.locator("#login\\:password").fill("Start1234");
                page.locator("#login\\:submit").click();
                assertThat(page.locator("#code\\:otp")).isVisible();
                assertThat(page.locator("#login\\:password")).hasCount(0);
                page.navigate(Portal.BASE + "/dashboard.xhtml");
                assertThat(page).hasURL(Pattern.compile("/login\\.xhtml")); // not logged in before the code

                page.locator("#code\\:otp").fill(Totp.code(secret, step));
                page.locator("#code\\:verify").click();
                assertThat(page.locator("#code")).containsText("验证码不正确、已使用或已过期");
                page.locator("#code\\:otp").fill(Totp.code(secret, Totp.stepAfter(step)));
                page.locator("#code\\:verify").click();
                assertThat(page).hasURL(Pattern.compile("/dashboard\\.xhtml$"));
                assertTrue(PortalPages.fitsPhone(page), "no sideways scrolling on a phone");
            }
        }

        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "admin", Portal.DEMO_PASSWORD, foreignRequests);
            page.navigate(Portal.BASE + "/admin/accounts.xhtml");
            page.locator("#list\\:text").pressSequentially(leader);
            Locator row = page.locator("#list\\:table tbody tr").filter(new Locator.FilterOptions().setHasText(leader));
            assertThat(row).hasCount(1);
            assertThat(row.locator(".badge")).containsText(new String[]{"领导", "两步验证"});
            row.locator("button[id$=':resetMfa']").click();
            page.locator("#list\\:confirmYes").click();
            assertThat(page.locator("#messages")).containsText("已重置账号“" + leader + "”的两步验证。");
            assertThat(row.locator("button[id$=':resetMfa']")).hasCount(0);
        }
        assertEquals(200, ApiClient.anonymous().post("/api/v1/auth/token", Json.createObjectBuilder()
                .add("username", leader).add("password", "Start1234").build()).status(), "after the reset the password is enough");
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }

    /** The text of the QR code in a PNG data URI, read as a phone's camera would. */
    private static String decodeQr(String dataUri) throws ReaderException {
        return FakeCamera.qrText(FakeCamera.image(dataUri));
    }
}
