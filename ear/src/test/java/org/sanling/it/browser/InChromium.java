package org.sanling.it.browser;

import org.sanling.it.support.Browsers;
import org.sanling.it.support.Portal;
import org.sanling.it.api.SharedPortal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test shares: the portal deployed as users run it, and the machine's Chromium
 * (see {@link Browsers}), launched once per test class.
 */
@RunAsClient
abstract class InChromium {

    static Playwright playwright;
    static Browser browser;

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void shutDown() {
        browser.close();
        playwright.close();
    }
}
