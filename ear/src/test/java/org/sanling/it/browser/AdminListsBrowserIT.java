package org.sanling.it.browser;

import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalPages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admins' page of campaign categories and legal topics on a 360-px phone, in Chinese. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminListsBrowserIT extends InChromium {

    @Test
    void anAdminAddsALegalTopicAtTheEndRenamesItAndSwitchesItOff() {
        List<String> foreignRequests = new ArrayList<>();
        try (BrowserContext phone = PortalPages.phone(browser)) {
            Page page = PortalPages.logIn(phone, "admin", Portal.DEMO_PASSWORD, foreignRequests);
            page.locator("#nav-lists").click();
            assertThat(page.locator("h1")).hasText("活动类别、法律主题与纠纷类别");

            String name = "测试主题" + Portal.uniqueUsername("").substring(1, 5);
            page.locator("#legalTopicsNew\\:name").fill(name);
            page.locator("#legalTopicsNew\\:nameEn").fill("Test topic " + name);
            page.locator("#legalTopicsNew\\:add").click();
            assertThat(page.locator("#messages")).containsText("已新增“" + name + "”。");
            Locator last = page.locator("#legalTopics\\:table tbody tr").last();
            assertThat(last.locator("input[id$=':name']")).hasValue(name);

            page.locator("#legalTopicsNew\\:name").fill(name);
            page.locator("#legalTopicsNew\\:nameEn").fill("Again");
            page.locator("#legalTopicsNew\\:add").click();
            assertThat(page.locator("#legalTopicsNew")).containsText("已有名为“" + name + "”的法律主题。");

            last.locator("input[id$=':name']").fill(" ");
            last.locator("button[id$=':save']").click();
            assertThat(last).containsText("请填写中文名称。");
            last.locator("input[id$=':name']").fill(name + "改");
            last.locator("button[id$=':save']").click();
            assertThat(page.locator("#messages")).containsText("“" + name + "改”已保存。");

            last.locator("button[id$=':toggle']").click();
            assertThat(last).containsText("已停用");
            assertThat(last.locator("button[id$=':toggle']")).hasText("启用");
            assertTrue(PortalPages.fitsPhone(page), "no sideways scrolling on a phone");
        }
        assertEquals(List.of(), foreignRequests, "requests to hosts other than the portal");
    }
}
