package org.sanling.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person logged in through the login page, as a browser would be: the login session's cookie, kept in
 * this client's own cookie store, rides along on every request.
 */
public final class LoginSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's script nonce, which PrimeFaces' scripts send back with a form as {@code primefaces.nonce}. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private LoginSession() {
    }

    /** Logs in on the login page; fails the test unless the page sends the person on (a redirect). */
    public static LoginSession logIn(String username, String password) {
        LoginSession session = new LoginSession();
        var answer = session.submitLogin(username, password);
        if (answer.statusCode() != 302) {
            throw new AssertionError("login of " + username + " on the page answered " + answer.statusCode());
        }
        return session;
    }

    /** The login page as it answers a login that does not succeed; fails the test if it does. */
    public static String failedLoginPage(String username, String password) {
        var answer = new LoginSession().submitLogin(username, password);
        if (answer.statusCode() != 200) {
            throw new AssertionError("a failed login on the page answered " + answer.statusCode());
        }
        return answer.body();
    }

    private HttpResponse<String> submitLogin(String username, String password) {
        String page = send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/login.xhtml")).GET()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        Matcher nonce = NONCE.matcher(page);
        if (!viewState.find() || !nonce.find()) {
            throw new AssertionError("the login page has no view state or no script nonce");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:next", "");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        form.put("primefaces.nonce", nonce.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Portal.BASE + "/login.xhtml")).header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The status of a GET of the API path with the session. */
    public int status(String path) {
        return get(path).statusCode();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Portal.BASE + path)).header("Accept-Language", "zh-CN").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
