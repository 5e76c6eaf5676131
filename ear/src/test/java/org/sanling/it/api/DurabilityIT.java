package org.sanling.it.api;

import org.sanling.it.support.Portal;
import org.sanling.it.support.PortalProcess;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code 201} means committed and durable: a server killed with {@code kill -9} in the middle of a burst
 * of submissions still has every one it acknowledged when it starts again. The offline outbox deletes an
 * item as soon as it sees the {@code 201}, so an acknowledged record that is lost is lost for good.
 * <p>
 * The server runs in a process of its own ({@link PortalProcess}) on its own embedded H2 database, the
 * default of {@code ./run.sh}, and, when the suite runs on PostgreSQL, on a PostgreSQL database of its own.
 */
class DurabilityIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void onTheEmbeddedH2DatabaseEverySubmissionAnswered201SurvivesKill9(@TempDir Path base) throws Exception {
        assertNothingAcknowledgedIsLostToKill9(new PortalProcess(base, 300, Map.of()));
    }

    /** When the suite runs on PostgreSQL: the killed server on a database of its own beside the suite's. */
    @Test
    @EnabledIfEnvironmentVariable(named = "POSTGRESQL_URL", matches = "jdbc:postgresql:.*")
    void onPostgreSqlEverySubmissionAnswered201SurvivesKill9(@TempDir Path base) throws Exception {
        String suiteUrl = System.getenv("POSTGRESQL_URL");
        String database = suiteUrl.replaceAll(".*/([^/?]+).*", "$1") + "_durability";
        String url = suiteUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        String user = System.getenv().getOrDefault("POSTGRESQL_USER", "postgres");
        String password = System.getenv().getOrDefault("POSTGRESQL_PASSWORD", "");
        String maintenance = suiteUrl.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection connection = DriverManager.getConnection(maintenance, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        try {
            assertNothingAcknowledgedIsLostToKill9(new PortalProcess(base, 400, Map.of(
                    "POSTGRESQL_URL", url, "POSTGRESQL_USER", user, "POSTGRESQL_PASSWORD", password)));
        } finally {
            try (Connection connection = DriverManager.getConnection(maintenance, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void assertNothingAcknowledgedIsLostToKill9(PortalProcess node) throws Exception {
        try {
            node.start();
            Map<String, String> acknowledged = burstUntilKilled(node);

            node.start();
            String token = token(node);
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> item : acknowledged.entrySet()) {
                // Sent again as the outbox would: a kept record answers 200 with its id, a lost one 201 anew.
                HttpResponse<String> replay = submit(node, token, item.getKey());
                if (replay.statusCode() != 200 || !item.getValue().equals(json(replay).getString("id"))) {
                    lost.add(item.getKey() + " → " + replay.statusCode() + " " + replay.body());
                }
            }
            System.out.printf("DurabilityIT: %d submissions answered 201 before kill -9, %d of them lost%n",
                    acknowledged.size(), lost.size());
            assertEquals(List.of(), lost, "acknowledged, then lost");
        } finally {
            node.stop();
        }
    }

    /** Writers file submissions until the server is killed; returns clientId → id of every 201. */
    private static Map<String, String> burstUntilKilled(PortalProcess node) throws Exception {
        String token = token(node);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.execute(() -> {
                while (!killed.get()) {
                    String clientId = UUID.randomUUID().toString();
                    try {
                        HttpResponse<String> answer = submit(node, token, clientId);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(clientId, json(answer).getString("id"));
                        }
                    } catch (IOException connectionLost) {
                        // The kill: the answer never came, so the outbox would keep the item.
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        node.kill();
        killed.set(true);
        writers.shutdown();
        assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES), "the writers stopped");
        return Map.copyOf(acknowledged);
    }

    private static HttpResponse<String> submit(PortalProcess node, String token, String clientId)
            throws IOException, InterruptedException {
        JsonObject body = Json.createObjectBuilder()
                .add("clientId", clientId).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("areaCode", "410702001001001").add("title", "楼道灭火器过期 " + clientId.substring(0, 8))
                .add("content", "三号楼二单元楼道的灭火器已过期两年。").add("urgency", "NORMAL").build();
        return HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/submissions"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(PortalProcess node) throws IOException, InterruptedException {
        String login = Json.createObjectBuilder().add("username", "supervisor-a").add("password", Portal.DEMO_PASSWORD)
                .build().toString();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer).getString("token");
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
