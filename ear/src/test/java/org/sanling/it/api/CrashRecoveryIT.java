package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.OtherNodeServlet;
import org.sanling.it.support.Portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The crash path on the real server: a change whose transaction committed but whose node went down
 * before its index saw it is searchable once the node is back, exactly once. The portal is stopped
 * (undeployed: its index closes without committing, as in a crash), a stand-in for another node writes
 * the change and its outbox rows to the shared database, and the portal starts again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashRecoveryIT {

    private static final String PORTAL = "portal";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Deployment(name = "other-node", testable = false)
    static WebArchive otherNode() {
        return ShrinkWrap.create(WebArchive.class, "other-node.war").addClass(OtherNodeServlet.class);
    }

    @Test
    void outboxRowsPendingWhileTheNodeIsDownAreAppliedAtRestartOnce() throws Exception {
        deployer.deploy(PORTAL);
        boolean deployed = true;
        try {
            String before = Portal.uniqueMarker();
            var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                    .add("clientId", UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                    .add("areaCode", "410702001001001").add("title", "路灯" + before + "不亮")
                    .add("content", "小区东门路灯连续三晚不亮。").add("urgency", "NORMAL").build());
            assertEquals(201, filed.status(), filed.body());
            String id = filed.json().getString("id");
            assertEquals(1, totalWithin10s(before, 1));

            deployer.undeploy(PORTAL);
            deployed = false;
            String after = Portal.uniqueMarker();
            otherNodeRenames(id, "路灯" + after + "已修好");

            deployer.deploy(PORTAL);
            deployed = true;
            assertEquals(1, totalWithin10s(after, 1), "applied at start-up from the recorded sequence, once");
            assertEquals(0, totalWithin10s(before, 0), "the old title is gone");
        } finally {
            if (deployed) {
                deployer.undeploy(PORTAL);
            }
        }
    }

    /** Searches as the street leader until the total is {@code expected} or 10 s have passed; the last total. */
    private static int totalWithin10s(String query, int expected) throws InterruptedException {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        long deadline = System.nanoTime() + 10_000_000_000L;
        int total;
        do {
            JsonObject result = leader.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
            total = result.getInt("total");
            if (total == expected) {
                return total;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return total;
    }

    private static void otherNodeRenames(String submissionId, String title) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Portal.BASE + "/other-node/rename?id=" + submissionId
                        + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(204, status);
    }
}
