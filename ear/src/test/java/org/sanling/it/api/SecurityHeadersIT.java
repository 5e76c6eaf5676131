package org.sanling.it.api;

import org.sanling.it.support.Portal;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every page tells the browser: a Content-Security-Policy that allows no plug-ins, no
 * {@code <base>}, no framing and only nonce-bearing scripts; over HTTPS (the server's own listener on
 * 8443, with the self-signed certificate WildFly makes for it) HSTS and a session cookie marked
 * {@code Secure} (and, as always, {@code HttpOnly} and {@code SameSite=Lax}); over plain HTTP neither, so a local demo is not pinned to HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String HTTPS = "https://127.0.0.1:8443";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive portal() {
        return SharedPortal.deployment();
    }

    @Test
    void facesPagesSendACompleteContentSecurityPolicyWithANonce() throws Exception {
        HttpResponse<String> page = get(plainClient(), Portal.BASE + "/login.xhtml");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                "form-action 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+';?\\s*"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");
    }

    @Test
    void theOfflinePagesLoadOnlyFromThePortalAndOnlyTheCheckInPageMayCompileItsQrDecoder() throws Exception {
        String checkIn = get(plainClient(), Portal.BASE + "/offline/attendance.html").headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(checkIn.contains("script-src 'self' 'wasm-unsafe-eval';"), checkIn);
        String submit = get(plainClient(), Portal.BASE + "/offline/submit.html").headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(submit.startsWith("default-src 'self';"), submit);
        assertFalse(submit.contains("eval"), submit);
        for (String policy : List.of(checkIn, submit)) {
            assertFalse(policy.contains("'unsafe-eval'"), policy);
            assertTrue(policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        }
        HttpResponse<String> wasm = get(plainClient(), Portal.BASE + "/qr/zxing_reader.wasm");
        assertEquals(200, wasm.statusCode(), "the decoder is public, as the offline pages are");
        assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = get(trustingClient(), HTTPS + "/login.xhtml");

        assertEquals(200, page.statusCode());
        assertEquals("max-age=31536000; includeSubDomains",
                page.headers().firstValue("Strict-Transport-Security").orElse(null));
        String session = sessionCookie(page);
        assertTrue(session.matches("(?i).*;\\s*secure(;.*|$)"), session);
        assertTrue(session.matches("(?i).*;\\s*httponly(;.*|$)"), session);
        assertTrue(session.matches("(?i).*;\\s*samesite=lax(;.*|$)"), session);
    }

    @Test
    void overPlainHttpNeitherHstsNorASecureCookie() throws Exception {
        HttpResponse<String> page = get(plainClient(), Portal.BASE + "/login.xhtml");

        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertFalse(sessionCookie(page).matches("(?i).*;\\s*secure(;.*|$)"), sessionCookie(page));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * HTTP/1.1, as browsers speak over plain http: the JDK client's default, an upgrade to HTTP/2 on the first request
     * of a connection, once read a large answer's frame as too big (a protocol error, not the portal's headers).
     */
    private static HttpClient plainClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Trusts the self-signed certificate of the test server, whatever name it was made for. An
     * X509ExtendedTrustManager, because the JDK wraps a plain X509TrustManager in one that checks the
     * host name, which WildFly's generated certificate does not carry.
     */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{trustAll}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }
}
