package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small JSON client of the portal's REST API, as an integration or a mobile client would use it.
 * <p>
 * The server tells clients apart by their socket address (it throttles logins per client): a client
 * {@link #from} an address of the loopback range (127.x.y.z) reaches the portal from that address,
 * as another device would. Such requests go out as HTTP/1.0 over a socket bound to the address, since
 * Java 17's HttpClient cannot choose its local address.
 */
public final class ApiClient {

    /** HTTP/1.1, as browsers and phones speak over plain http (not the JDK's default upgrade to HTTP/2). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The next loopback address {@link #fromNewAddress()} hands out: 127.1.0.1, 127.1.0.2, … */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    private final String token;
    private final String language;
    /** The local address requests leave from, or null for 127.0.0.1 through HttpClient. */
    private final String localAddress;

    private ApiClient(String token, String language, String localAddress) {
        this.token = token;
        this.language = language;
        this.localAddress = localAddress;
    }

    public static ApiClient anonymous() {
        return new ApiClient(null, "zh-CN", null);
    }

    /** An anonymous client at a loopback address no other client of this test run has had. */
    public static ApiClient fromNewAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return anonymous().from("127.1." + (n / 250) + "." + (n % 250 + 1));
    }

    /**
     * Logs in with a token; fails the test if the login does not succeed. Each login comes from a loopback address
     * of its own: the login throttle counts per address for the whole run (the portal is deployed once), and the
     * logins of one test at the same moment would otherwise take each other's turns.
     */
    public static ApiClient as(String username, String password) {
        return fromNewAddress().login(username, password);
    }

    /** Logs in with a password and a two-factor code, from an address of its own (see {@link #as(String, String)}). */
    public static ApiClient as(String username, String password, String otp) {
        return fromNewAddress().logIn(Json.createObjectBuilder().add("username", username).add("password", password)
                .add("otp", otp).build());
    }

    /** The same client, its requests coming from the given loopback address. */
    public ApiClient from(String address) {
        return new ApiClient(token, language, address);
    }

    /** Logs in from this client's address; fails the test if the login does not succeed. */
    public ApiClient login(String username, String password) {
        return logIn(Json.createObjectBuilder().add("username", username).add("password", password).build());
    }

    private ApiClient logIn(JsonObject credentials) {
        Reply reply = post("/api/v1/auth/token", credentials);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + credentials.getString("username") + " answered " + reply.status()
                    + ": " + reply.body());
        }
        return new ApiClient(reply.json().getString("token"), language, localAddress);
    }

    public static ApiClient asDemo(String username) {
        return as(username, Portal.DEMO_PASSWORD);
    }

    public ApiClient inLanguage(String acceptLanguage) {
        return new ApiClient(token, acceptLanguage, localAddress);
    }

    public Reply get(String path) {
        return localAddress != null ? sendFrom("GET", path, null) : send(request(path).GET());
    }

    public Reply post(String path, JsonStructure body) {
        return localAddress != null ? sendFrom("POST", path, body.toString()) : send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, JsonStructure body) {
        return localAddress != null ? sendFrom("PUT", path, body.toString()) : send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply delete(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The answer's body as bytes (a photo), with its status and content type. */
    public byte[] getBytes(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Portal.BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request and its answer over a socket bound to {@link #localAddress}; the server closes it after answering. */
    private Reply sendFrom(String method, String path, String json) {
        URI base = URI.create(Portal.BASE);
        byte[] content = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Accept-Language: ").append(language).append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers.getOrDefault("Content-Type", ""),
                    answer.substring(end + 4), headers);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " from " + localAddress, e);
        }
    }

    /** An HTTP answer; header names are looked up in any case. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {

        /** The header's value, or null. */
        public String header(String name) {
            return headers.get(name);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        /** The message of the problem document's error for the field; fails if there is none. */
        public String fieldError(String field) {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("field").equals(field))
                    .map(e -> e.getString("message"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no error for field " + field + " in " + body));
        }
    }
}
