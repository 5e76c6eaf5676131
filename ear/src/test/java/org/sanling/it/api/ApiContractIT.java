package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.ContractSchemas;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.Patrols;
import org.sanling.it.support.Portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a contract: the OpenAPI document the server publishes covers every path the README and
 * {@code docs/api.md} name, real answers validate against its schemas, enumerated values are taken in any case
 * and unreadable input is answered with the field, the allowed values or the position.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    private static final String GRID = "410702001001001";
    /** A path under /api/v1 as the docs write it, up to a query, a blank or punctuation. */
    private static final Pattern DOCUMENTED_PATH = Pattern.compile("/api/v1/[A-Za-z0-9{}/._-]*[A-Za-z0-9}]");

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void theDocumentIsPublicAsJsonAndYaml() {
        ApiClient.Reply json = ApiClient.anonymous().get("/openapi?format=JSON");
        ApiClient.Reply yaml = ApiClient.anonymous().get("/openapi");

        assertEquals(200, json.status(), json.body());
        assertTrue(json.json().getString("openapi").startsWith("3.1"), json.body());
        assertTrue(json.json().getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearer"));
        assertEquals(200, yaml.status());
        assertTrue(yaml.contentType().contains("yaml"), yaml.contentType());
        assertTrue(yaml.body().contains("/api/v1/submissions/{id}/actions:"), "the YAML describes the same API");
    }

    @Test
    void everyPathTheReadmeAndTheApiGuideNameIsInTheDocument() throws IOException {
        Set<String> documented = document().getJsonObject("paths").keySet().stream()
                .map(ApiContractIT::shape).collect(Collectors.toSet());
        String apiGuide = Files.readString(Path.of("..", "docs", "api.md"));
        int notServed = apiGuide.indexOf("## Not served yet");
        String served = notServed < 0 ? apiGuide : apiGuide.substring(0, notServed);
        Set<String> named = new TreeSet<>(namedPaths(Files.readString(Path.of("..", "README.md"))));
        named.addAll(namedPaths(served));

        assertTrue(named.size() > 40, "the docs name the API's paths: " + named);
        named.removeAll(documented);
        assertEquals(Set.of(), named, "paths the docs name that the OpenAPI document lacks");
    }

    @Test
    void realAnswersValidateAgainstTheirDocumentedSchemas() {
        ContractSchemas schemas = new ContractSchemas(document());
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient admin = ApiClient.asDemo("admin");
        ApiClient volunteer = ApiClient.asDemo("volunteer-a");
        List<String> violations = new ArrayList<>();

        JsonObject filing = submission(UUID.randomUUID(), "HAZARD", "URGENT");
        ApiClient.Reply filed = supervisor.post("/api/v1/submissions", filing);
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        violations.addAll(schemas.violations("post", "/api/v1/submissions", filed));
        violations.addAll(schemas.violations("post", "/api/v1/submissions", supervisor.post("/api/v1/submissions", filing)));
        violations.addAll(schemas.violations("get", "/api/v1/submissions/{id}", supervisor.get("/api/v1/submissions/" + id)));
        violations.addAll(schemas.violations("post", "/api/v1/submissions/{id}/actions",
                leader.post("/api/v1/submissions/" + id + "/actions", Json.createObjectBuilder().add("action", "ACCEPT").build())));
        violations.addAll(schemas.violations("get", "/api/v1/submissions", leader.get("/api/v1/submissions?size=5")));
        violations.addAll(schemas.violations("get", "/api/v1/submissions/{id}/handlers", leader.get("/api/v1/submissions/" + id + "/handlers")));
        violations.addAll(schemas.violations("get", "/api/v1/submissions/similar",
                supervisor.get("/api/v1/submissions/similar?title=%E6%B6%88%E9%98%B2&areaCode=" + GRID)));
        for (String path : List.of("/api/v1/me", "/api/v1/areas", "/api/v1/categories", "/api/v1/campaigns",
                "/api/v1/legal-aid/events", "/api/v1/me/signups", "/api/v1/me/hours", "/api/v1/notifications")) {
            violations.addAll(schemas.violations("get", path, volunteer.get(path)));
        }
        violations.addAll(schemas.violations("get", "/api/v1/areas/{code}", volunteer.get("/api/v1/areas/" + GRID)));
        String campaign = volunteer.get("/api/v1/campaigns").json().getJsonArray("items").getJsonObject(0).getString("id");
        violations.addAll(schemas.violations("get", "/api/v1/campaigns/{id}", volunteer.get("/api/v1/campaigns/" + campaign)));
        for (String path : List.of("/api/v1/search", "/api/v1/summaries/daily", "/api/v1/sanling-board")) {
            violations.addAll(schemas.violations("get", path, leader.get(path)));
        }
        violations.addAll(schemas.violations("get", "/api/v1/search", leader.get("/api/v1/search?q=%E6%B6%88%E9%98%B2&size=5")));
        ApiClient.Reply newest = leader.get("/api/v1/search?sort=newest&size=5");
        assertEquals(200, newest.status(), "hits sorted newest first have no score to write: " + newest.body());
        violations.addAll(schemas.violations("get", "/api/v1/search", newest));
        for (String path : List.of("/api/v1/jobs", "/api/v1/accounts", "/api/v1/departments", "/api/v1/search/rebuild")) {
            violations.addAll(schemas.violations("get", path, admin.get(path)));
        }

        violations.addAll(disputeViolations(schemas, leader));
        violations.addAll(patrolViolations(schemas, leader));

        violations.addAll(schemas.violations("post", "/api/v1/submissions",
                supervisor.post("/api/v1/submissions", submission(UUID.randomUUID(), "GRIPE", "URGENT"))));
        violations.addAll(schemas.violations("get", "/api/v1/submissions/{id}", volunteer.get("/api/v1/submissions/" + id)));
        violations.addAll(schemas.violations("get", "/api/v1/me", ApiClient.anonymous().get("/api/v1/me")));
        violations.addAll(schemas.violations("post", "/api/v1/auth/token", ApiClient.fromNewAddress().post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", "supervisor-a").add("password", "wrong").build())));

        assertEquals(List.of(), violations);
    }

    /** A dispute filed, replayed, read with masked and whole phones, assigned, refused a step, listed; the kinds. */
    private static List<String> disputeViolations(ContractSchemas schemas, ApiClient leader) {
        ApiClient handler = ApiClient.asDemo("handler-a");
        List<String> violations = new ArrayList<>();
        JsonObject filing = Disputes.dispute(UUID.randomUUID(), GRID, "楼上漏水引发邻里矛盾", "HIGH").build();
        ApiClient.Reply filed = handler.post("/api/v1/disputes", filing);
        assertEquals(201, filed.status(), filed.body());
        String path = "/api/v1/disputes/" + filed.json().getString("id");
        violations.addAll(schemas.violations("post", "/api/v1/disputes", filed));
        violations.addAll(schemas.violations("post", "/api/v1/disputes", handler.post("/api/v1/disputes", filing)));
        violations.addAll(schemas.violations("get", "/api/v1/disputes/{id}", handler.get(path)));
        violations.addAll(schemas.violations("get", "/api/v1/disputes/{id}", leader.get(path)));
        violations.addAll(schemas.violations("post", "/api/v1/disputes/{id}/actions",
                Disputes.act(leader, filed.json().getString("id"), Disputes.action("ASSIGN").add("mediator", "lawyer-01"))));
        ApiClient.Reply refused = Disputes.act(leader, filed.json().getString("id"), Disputes.action("CLOSE"));
        assertEquals(409, refused.status(), refused.body());
        violations.addAll(schemas.violations("post", "/api/v1/disputes/{id}/actions", refused));
        violations.addAll(schemas.violations("get", "/api/v1/disputes", leader.get("/api/v1/disputes?riskLevel=HIGH&size=5")));
        violations.addAll(schemas.violations("get", "/api/v1/disputes/kinds", handler.get("/api/v1/disputes/kinds")));
        return violations;
    }

    /** A patrol recorded and replayed, an event handled on the spot, the street's patrols. */
    private static List<String> patrolViolations(ContractSchemas schemas, ApiClient leader) {
        ApiClient handler = ApiClient.asDemo("handler-a");
        List<String> violations = new ArrayList<>();
        JsonObject patrol = Patrols.patrol(UUID.randomUUID(), "巡查楼道消防通道");
        ApiClient.Reply recorded = handler.post("/api/v1/patrols", patrol);
        assertEquals(201, recorded.status(), recorded.body());
        violations.addAll(schemas.violations("post", "/api/v1/patrols", recorded));
        violations.addAll(schemas.violations("post", "/api/v1/patrols", handler.post("/api/v1/patrols", patrol)));
        ApiClient.Reply event = handler.post("/api/v1/patrols/" + recorded.json().getString("id") + "/events",
                Patrols.event(UUID.randomUUID(), "电动车楼道充电", true));
        assertEquals(201, event.status(), event.body());
        violations.addAll(schemas.violations("post", "/api/v1/patrols/{id}/events", event));
        violations.addAll(schemas.violations("get", "/api/v1/patrols", leader.get("/api/v1/patrols?size=5")));
        return violations;
    }

    @Test
    void theSchemaCheckRefusesAnAnswerUnlikeTheDocument() {
        ContractSchemas schemas = new ContractSchemas(document());
        var undocumentedField = new ApiClient.Reply(200, "application/json",
                "{\"username\":\"supervisor-a\",\"nickname\":\"小王\"}", Map.of());
        var wrongType = new ApiClient.Reply(200, "application/json", "{\"username\":7}", Map.of());

        assertEquals(1, schemas.violations("get", "/api/v1/me", undocumentedField).size());
        assertEquals(1, schemas.violations("get", "/api/v1/me", wrongType).size());
    }

    @Test
    void enumeratedValuesAreTakenInAnyCaseAndAnsweredInUpperCase() {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        ApiClient leader = ApiClient.asDemo("street-leader-a");

        ApiClient.Reply filed = supervisor.post("/api/v1/submissions", submission(UUID.randomUUID(), "hazard", "Urgent"));
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        JsonObject detail = supervisor.get("/api/v1/submissions/" + id).json();
        assertEquals("HAZARD", detail.getString("type"));
        assertEquals("URGENT", detail.getString("urgency"));

        ApiClient.Reply accepted = leader.post("/api/v1/submissions/" + id + "/actions",
                Json.createObjectBuilder().add("action", "accept").build());
        assertEquals(200, accepted.status(), accepted.body());
        String status = accepted.json().getString("status");
        assertNotEquals("SUBMITTED", status, "accepted (and, in a grid, dispatched to its handler)");
        assertEquals(status.toUpperCase(Locale.ROOT), status);
        String listed = leader.get("/api/v1/submissions?view=scope&type=Hazard&size=200&status="
                + status.toLowerCase(Locale.ROOT)).body();
        assertTrue(listed.contains("\"id\":\"" + id + "\""), listed);
    }

    @Test
    void anUnknownValueNamesTheFieldAndTheAllowedValuesInTheCallersLanguage() {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        ApiClient.Reply chinese = supervisor.post("/api/v1/submissions", submission(UUID.randomUUID(), "gripe", "URGENT"));
        ApiClient.Reply english = supervisor.inLanguage("en")
                .post("/api/v1/submissions", submission(UUID.randomUUID(), "HAZARD", "soon"));

        assertEquals(400, chinese.status(), chinese.body());
        assertTrue(chinese.contentType().startsWith("application/problem+json"), chinese.contentType());
        assertEquals("“gripe”不是 type 的有效值，可选：COMPLAINT（投诉）、SUGGESTION（建议）、HAZARD（隐患）、"
                + "DISPUTE（矛盾纠纷）、OPINION（民意）。", chinese.fieldError("type"));
        assertEquals(400, english.status(), english.body());
        assertEquals("\"soon\" is not a valid value for urgency; allowed: URGENT (Urgent), NORMAL (Normal).",
                english.fieldError("urgency"));

        ApiClient leader = ApiClient.asDemo("street-leader-a").inLanguage("en");
        ApiClient.Reply badStatus = leader.get("/api/v1/submissions?status=later");
        assertEquals(400, badStatus.status(), badStatus.body());
        assertTrue(badStatus.fieldError("status").contains("RESOLVED"), badStatus.body());
        ApiClient.Reply badSearch = leader.get("/api/v1/search?type=rumour");
        assertEquals(400, badSearch.status(), badSearch.body());
        assertTrue(badSearch.fieldError("type").startsWith("\"rumour\" is not a valid value for type"), badSearch.body());
    }

    @Test
    void unreadableJsonNamesTheFieldOrThePosition() {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");

        ApiClient.Reply wrongType = supervisor.postRaw("/api/v1/submissions",
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"citizenConsent\":{\"yes\":1}}");
        ApiClient.Reply badUuid = supervisor.postRaw("/api/v1/submissions", "{\"clientId\":\"42\"}");
        ApiClient.Reply malformed = supervisor.postRaw("/api/v1/submissions", "{\n  \"title\": \"积水\",\n  \"content\": }");

        assertEquals(400, wrongType.status(), wrongType.body());
        assertEquals("citizenConsent 的值类型不对或格式无效。", wrongType.fieldError("citizenConsent"));
        assertEquals(400, badUuid.status(), badUuid.body());
        badUuid.fieldError("clientId");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.fieldError("body").startsWith("请求内容不是有效的 JSON（第 3 行第 "), malformed.body());
    }

    private static JsonObject document() {
        ApiClient.Reply reply = ApiClient.anonymous().get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static Set<String> namedPaths(String text) {
        Set<String> paths = new TreeSet<>();
        Matcher matcher = DOCUMENTED_PATH.matcher(text);
        while (matcher.find()) {
            paths.add(shape(matcher.group()));
        }
        return paths;
    }

    /** A path with its parameters' names left out, as {@code /api/v1/shifts/{}/signups}. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static JsonObject submission(UUID clientId, String type, String urgency) {
        return Json.createObjectBuilder()
                .add("clientId", clientId.toString()).add("type", type).add("category", "消防安全")
                .add("areaCode", GRID).add("place", "梦萦小区5号楼").add("title", "消防通道被占")
                .add("content", "小区消防通道长期停放私家车，消防车无法通行。").add("urgency", urgency).build();
    }
}
