package org.sanling.it.browser;

import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
 * The jobs page in real Chromium on a 360-px phone: an administrator runs a job now and sees its run in
 * the history; a cron expression that cannot be is refused on its field, in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsBrowserIT extends InChromium {

    @Test
    void anAdministratorRunsAJobNowAndSeesItsRunInTheHistory() {
        List<String> foreignRequests = new ArrayList<>();
        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "admin", Portal.DEMO_PASSWORD, foreignRequests);
            assertThat(page.locator("#nav-jobs")).hasCount(1);
            page.navigate(Portal.BASE + "/admin/jobs.xhtml");
            assertThat(page.locator("h1")).hasText("定时任务");
            Locator cleanup = page.locator("#job-job-run-cleanup");
            assertThat(cleanup.locator("h2")).containsText("清理运行记录");

            cleanup.locator(".run-now").click();
            assertThat(page.locator("#messages")).containsText("已开始运行");
            assertThat(page.locator("#opened")).hasText("清理运行记录");
            // The run ends in the background; the open history is read again every few seconds.
            Locator latest = page.locator("#schedule\\:history tbody tr").first();
            assertThat(latest).containsText("成功", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(latest).containsText("deleted=");
            assertTrue(PortalPages.fitsPhone(page), "the jobs page fits a phone");

            page.locator("#schedule\\:cron").fill("0 0 25 * * ?");
            page.locator("#schedule\\:save").click();
            assertThat(page.locator("#schedule .ui-message-error")).containsText("不是有效的 Cron 表达式");
            assertThat(cleanup.locator(".schedule")).containsText("0 30 3 * * ?");
        }
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }
}
