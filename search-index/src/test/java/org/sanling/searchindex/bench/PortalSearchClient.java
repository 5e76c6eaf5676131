package org.sanling.searchindex.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanling.searchindex.SearchRequest;

/**
 * One signed-in account's calls to a running portal's {@code GET /api/v1/search}, with the bearer token
 * from {@code POST /api/v1/auth/token}. Thread-safe (the HTTP client is), and it keeps connections
 * alive as a browser or app would. The few JSON numbers it needs are picked out with patterns: the
 * module has no JSON library, and the benchmark should not bring one in.
 */
final class PortalSearchClient {

    /** What the benchmark reads from a search response. */
    record Answer(long total, long tookMs) {
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern TOOK_MS = Pattern.compile("\"tookMs\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String token;

    private PortalSearchClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** @param base the portal's address, e.g. {@code http://127.0.0.1:8080} */
    static PortalSearchClient signIn(URI base, String username, String password) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + jsonEscape(username) + "\",\"password\":\"" + jsonEscape(password) + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("sign-in as " + username + " failed with HTTP " + response.statusCode() + ": " + response.body());
        }
        return new PortalSearchClient(base, field(TOKEN, response.body()));
    }

    /**
     * The first page of 20 by relevance, in the request's scope; empty when the portal knows no such
     * area (it answers 400 with a problem about {@code areaCode}).
     */
    Optional<Answer> search(SearchRequest request) throws IOException, InterruptedException {
        URI uri = base.resolve("/api/v1/search?q=" + URLEncoder.encode(request.query(), StandardCharsets.UTF_8)
                + "&areaCode=" + request.scopeAreaCode() + "&size=20");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400 && response.body().contains("\"field\":\"areaCode\"")) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return Optional.of(new Answer(Long.parseLong(field(TOTAL, response.body())), Long.parseLong(field(TOOK_MS, response.body()))));
    }

    private static String field(Pattern pattern, String json) throws IOException {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IOException("no " + pattern + " in " + json);
        }
        return matcher.group(1);
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
