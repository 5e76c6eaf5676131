package org.sanling.it.support;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core (test resources /axe, taken from the npm registry by scripts/update-axe.sh) run over a page:
 * what it finds of serious or critical impact, or in the page's structure. The script is handed to the page by Playwright's evaluate,
 * which the pages' Content-Security-Policy does not govern, so the pages are checked with their policy on.
 */
public final class Axe {

    private static final String SOURCE = read("/axe/axe.min.js");

    /**
     * Every rule axe-core runs by default (WCAG 2.x A and AA, and its best practices); the violations that count are
     * the serious and critical ones, and those of the page's structure a screen reader finds its way by (one main
     * landmark, all content in landmarks, a level-one heading), which axe-core rates only moderate.
     */
    private static final String RUN = """
            async () => {
                const structure = ['landmark-one-main', 'landmark-no-duplicate-main', 'region', 'page-has-heading-one'];
                const results = await axe.run(document, { resultTypes: ['violations'] });
                return results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical' || structure.includes(v.id))
                    .map(v => ({ rule: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                                 elements: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.slice(0, 200)) }));
            }""";

    private Axe() {
    }

    /** One rule broken on a page: how badly, what it asks, how many elements and the first few of them. */
    public record Violation(String rule, String impact, String help, int count, List<String> elements) {
    }

    /** The serious, critical and structural violations of the page as it stands. */
    @SuppressWarnings("unchecked")
    public static List<Violation> failingViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.evaluate(SOURCE);
        }
        var found = (List<Map<String, Object>>) page.evaluate(RUN);
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), ((Number) v.get("count")).intValue(), (List<String>) v.get("elements"))).toList();
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing: run scripts/update-axe.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
