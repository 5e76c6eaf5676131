package org.sanling.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Requires two-factor login of leaders and admins in the running server for a while, and then restores
 * what was set before (the suite runs without the requirement, see arquillian.xml):
 * {@code try (var required = MfaRequirement.on()) { … }}. Tests using it deploy {@link #setter()} too.
 */
public final class MfaRequirement implements AutoCloseable {

    public static final String DEPLOYMENT = "mfa-setting";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String previous;

    private MfaRequirement(String previous) {
        this.previous = previous;
    }

    /** The small web archive whose servlet sets the requirement in the server's JVM. */
    public static WebArchive setter() {
        return ShrinkWrap.create(WebArchive.class, DEPLOYMENT + ".war").addClass(MfaRequirementServlet.class);
    }

    public static MfaRequirement on() {
        return new MfaRequirement(set("true"));
    }

    @Override
    public void close() {
        set(previous);
    }

    private static String set(String value) {
        var request = HttpRequest.newBuilder(URI.create(Portal.BASE + "/" + DEPLOYMENT + "/required?value="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("setting the requirement answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
