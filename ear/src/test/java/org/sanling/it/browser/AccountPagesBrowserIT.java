package org.sanling.it.browser;

import org.sanling.it.support.Portal;
import org.sanling.it.support.Volunteers;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account access on a 360-px phone: a leader disables and enables a volunteer and issues a reset code on
 * 账号管理; the volunteer sets a new password with it on 忘记密码, reached from the login page, where a
 * common password is refused with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountPagesBrowserIT extends InChromium {

    @Test
    void aLeaderDisablesAndIssuesAResetCodeWithWhichTheVolunteerSetsANewPassword() {
        String volunteer = Volunteers.registerOne("ui", "卫小禾");
        String code;
        try (BrowserContext leaderPhone = phone()) {
            Page page = leaderPhone.newPage();
            logIn(page, "street-leader-a", Portal.DEMO_PASSWORD);
            page.navigate(Portal.BASE + "/admin/accounts.xhtml");
            page.locator("#list\\:text").pressSequentially(volunteer);
            Locator table = page.locator("#list\\:table");
            // The list filtered to the one new account (earlier runs on the same data have their own 卫小禾).
            assertThat(table.locator("tbody.ui-datatable-data > tr")).hasCount(1);
            assertThat(table).containsText("卫小禾");
            assertThat(table).containsText("正常");

            button(table, "停用").click();
            page.locator("#list\\:confirmYes").click();
            assertThat(page.locator("#messages")).containsText("已停用");
            assertThat(table).containsText("已停用");
            button(table, "启用").click();
            assertThat(table).containsText("正常");

            button(table, "重置码").click();
            assertThat(page.locator("#resetCodeDialog")).isVisible();
            code = page.locator("#issuedCode").textContent().strip();
            assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
            assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360"), "no sideways scrolling on a phone");
        }

        try (BrowserContext volunteerPhone = phone()) {
            Page page = volunteerPhone.newPage();
            page.navigate(Portal.BASE + "/login.xhtml");
            page.locator("#login\\:forgot").click();
            assertThat(page).hasURL(Pattern.compile("/reset-password\\.xhtml$"));
            fillReset(page, volunteer, code, "Password123");
            assertThat(page.locator("#reset")).containsText("这个密码太常见，很容易被猜到，请换一个。");
            fillReset(page, volunteer, code, "Xin-mima-2026");
            assertThat(page.locator("#messages")).containsText("新密码已设置");
            page.locator("#reset\\:login").click();
            logIn(page, volunteer, "Xin-mima-2026");
        }
    }

    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 780).setLocale("zh-CN"));
    }

    private static Locator button(Locator table, String name) {
        return table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void fillReset(Page page, String username, String code, String newPassword) {
        page.locator("#reset\\:username").fill(username);
        page.locator("#reset\\:code").fill(code);
        page.locator("#reset\\:newPassword").fill(newPassword);
        page.locator("#reset\\:submit").click();
    }

    private static void logIn(Page page, String username, String password) {
        page.navigate(Portal.BASE + "/login.xhtml");
        page.locator("#login\\:username").fill(username);
        page.locator("#login\\:password").fill(password);
        page.locator("#login\\:submit").click();
        assertThat(page.locator("h1#greeting")).isVisible();
    }
}
