package org.sanling.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client of the portal's REST API, as an integration or a mobile client would use it. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;
    private final String language;

    private ApiClient(String token, String language) {
        this.token = token;
        this.language = language;
    }

    static ApiClient anonymous() {
        return new ApiClient(null, "zh-CN");
    }

    /** Logs in with a token; fails the test if the login does not succeed. */
    static ApiClient as(String username, String password) {
        return logIn(Json.createObjectBuilder().add("username", username).add("password", password).build());
    }

    /** Logs in with a password and a two-factor code; fails the test if the login does not succeed. */
    static ApiClient as(String username, String password, String otp) {
        return logIn(Json.createObjectBuilder().add("username", username).add("password", password).add("otp", otp).build());
    }

    private static ApiClient logIn(JsonObject credentials) {
        Reply reply = anonymous().post("/api/v1/auth/token", credentials);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + credentials.getString("username") + " answered " + reply.status()
                    + ": " + reply.body());
        }
        return new ApiClient(reply.json().getString("token"), "zh-CN");
    }

    static ApiClient asDemo(String username) {
        return as(username, Portal.DEMO_PASSWORD);
    }

    ApiClient inLanguage(String acceptLanguage) {
        return new ApiClient(token, acceptLanguage);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Reply put(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply delete(String path, JsonStructure body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The answer's body as bytes (a photo), with its status and content type. */
    byte[] getBytes(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply postRaw(String path, String body) {
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
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    record Reply(int status, String contentType, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        /** The message of the problem document's error for the field; fails if there is none. */
        String fieldError(String field) {
            return json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("field").equals(field))
                    .map(e -> e.getString("message"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no error for field " + field + " in " + body));
        }
    }
}
