package org.sanling.it.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium (Debian's /usr/bin/chromium) under Playwright; never a downloaded browser.
 * The flags keep Chromium from calling hosts a closed network cannot reach.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));

    private Browsers() {
    }

    /**
     * Playwright for the machine's Chromium. Assertions wait up to 15 s, not 5: on two cores shared by
     * WildFly, Chromium and the build, a page can take longer than a person would wait in use.
     */
    public static Playwright playwright() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return chromium(playwright, List.of());
    }

    /**
     * Chromium whose camera films a Y4M video over and over (its fake capture device) and is granted
     * without asking: a phone held up to something (see {@link FakeCamera}).
     */
    public static Browser chromiumFilming(Playwright playwright, Path video) {
        return chromium(playwright, List.of("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
    }

    private static Browser chromium(Playwright playwright, List<String> moreArgs) {
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        args.addAll(moreArgs);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(args));
    }
}
