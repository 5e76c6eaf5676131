package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanling.area.Area;
import org.sanling.demo.DemoAreaTree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API as its clients use it: login, identity, registration, roles and area scope (throttling,
 * disabling and password resets: {@link AccountSecurityIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    /** username → role and home area of the demo accounts. */
    private static final Map<String, List<String>> DEMO = Map.of(
            "admin", List.of("ADMIN", "410702"),
            "district-leader", List.of("LEADER", "410702"),
            "street-leader-a", List.of("LEADER", "410702001"),
            "street-leader-b", List.of("LEADER", "410702002"),
            "supervisor-a", List.of("SUPERVISOR", "410702001001"),
            "handler-a", List.of("HANDLER", "410702001001001"),
            "volunteer-a", List.of("VOLUNTEER", "410702001002"),
            "volunteer-b", List.of("VOLUNTEER", "410702001001"));

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void everyDemoAccountGetsATokenAndSeesItsRolesAndArea() {
        DEMO.forEach((username, expected) -> {
            JsonObject me = ApiClient.asDemo(username).get("/api/v1/me").json();
            assertEquals(username, me.getString("username"));
            assertEquals(List.of(expected.get(0)), me.getJsonArray("roles").getValuesAs(JsonString::getString), username);
            assertEquals(expected.get(1), me.getString("areaCode"), username);
            assertTrue(me.getString("areaPath").endsWith(expected.get(1) + "/"), username);
        });
    }

    @Test
    void withoutAValidTokenTheApiAnswers401InTheCallersLanguage() {
        var anonymous = ApiClient.anonymous().get("/api/v1/me");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
        assertEquals("请先登录。", anonymous.json().getString("detail"));

        var english = ApiClient.anonymous().inLanguage("en-US,en;q=0.8").get("/api/v1/me");
        assertEquals("Please log in first.", english.json().getString("detail"));
    }

    @Test
    void wrongCredentialsAnswer401() {
        var reply = ApiClient.anonymous().post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", "nobody-at-all").add("password", "whatever1").build());
        assertEquals(401, reply.status());
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void volunteersSupervisorsAndHandlersMayNotManageAccounts() {
        for (String username : List.of("volunteer-a", "supervisor-a", "handler-a")) {
            var reply = ApiClient.asDemo(username).get("/api/v1/accounts");
            assertEquals(403, reply.status(), username);
            assertTrue(reply.contentType().startsWith("application/problem+json"), username);
        }
    }

    @Test
    void aStreetLeaderCannotReadAccountsOrAreasOutsideTheirStreet() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        assertEquals(403, leader.get("/api/v1/accounts/street-leader-b").status());
        assertEquals(403, leader.get("/api/v1/accounts?areaCode=410702002").status());
        assertEquals(403, leader.get("/api/v1/areas?parent=410702").status());
        assertEquals(403, leader.get("/api/v1/areas?parent=410702002").status());
        assertEquals(403, leader.get("/api/v1/areas/410702002001").status());

        var accounts = leader.get("/api/v1/accounts?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(accounts.isEmpty());
        accounts.forEach(a -> assertTrue(a.getString("areaCode").startsWith("410702001"), a.toString()));
        assertTrue(accounts.stream().anyMatch(a -> a.getString("username").equals("handler-a")));
        accounts.forEach(a -> assertTrue(!a.containsKey("phone") || a.getString("phone").contains("****"), a.toString()));
    }

    @Test
    void aStreetLeaderBrowsesTheirStreetFromItsTop() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        var top = leader.get("/api/v1/areas").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("410702001"), top.stream().map(a -> a.getString("code")).toList());
        var communities = leader.get("/api/v1/areas?parent=410702001").array().getValuesAs(JsonObject.class);
        assertEquals(8, communities.size());
        assertEquals("梦萦小区", communities.get(0).getString("name"));
        assertEquals("COMMUNITY", communities.get(0).getString("level"));
    }

    @Test
    void theWholeDemoDistrictIsLoaded() {
        ApiClient admin = ApiClient.asDemo("admin");
        Set<String> codes = new HashSet<>();
        Deque<String> parents = new ArrayDeque<>(List.of("410702"));
        while (!parents.isEmpty()) {
            for (JsonObject child : admin.get("/api/v1/areas?parent=" + parents.pop()).array().getValuesAs(JsonObject.class)) {
                codes.add(child.getString("code"));
                if (!child.getString("level").equals("GRID")) {
                    parents.push(child.getString("code"));
                }
            }
        }
        // Other tests may add areas; every node of the demo district (8 streets, 60 communities, 866 grids) is there.
        var demo = DemoAreaTree.build().stream().filter(a -> a.getParent() != null).map(Area::getCode).toList();
        assertEquals(934, demo.size());
        assertTrue(codes.containsAll(demo));
    }

    @Test
    void registrationCreatesAVolunteerWhoCanLogIn() {
        String username = Portal.uniqueUsername("vol");
        var reply = register(ApiClient.fromNewAddress(), username, "Passw0rd!", "王小明", "13912345678", "410702003002");
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.json().getJsonArray("roles").getValuesAs(JsonString::getString).contains("VOLUNTEER"));

        JsonObject me = ApiClient.as(username, "Passw0rd!").get("/api/v1/me").json();
        assertEquals("王小明", me.getString("displayName"));
        assertEquals("410702003002", me.getString("areaCode"));
    }

    @Test
    void aTakenUsernameIsAConflict() {
        var reply = register(ApiClient.fromNewAddress(), "volunteer-a", "Passw0rd!", "重名", "13912345678", "410702001001");
        assertEquals(409, reply.status());
        assertEquals("用户名“volunteer-a”已被使用，请换一个。", reply.fieldError("username"));
    }

    @Test
    void badRegistrationInputGetsFieldErrorsInChinese() {
        var reply = register(ApiClient.fromNewAddress(), "Bad Name", "short", "", "12345", "");
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals("用户名须为 3–32 位小写字母、数字、点、横线或下划线，并以字母或数字开头。", reply.fieldError("username"));
        assertEquals("密码长度须在 8 到 128 位之间。", reply.fieldError("password"));
        assertEquals("请填写姓名。", reply.fieldError("displayName"));
        assertEquals("请填写 11 位手机号码，例如 13812345678。", reply.fieldError("phone"));
        assertEquals("请选择所属区域。", reply.fieldError("areaCode"));
    }

    @Test
    void badRegistrationInputGetsFieldErrorsInEnglish() {
        var reply = register(ApiClient.fromNewAddress().inLanguage("en"), "", "password", "Li", "13912345678", "410702001");
        assertEquals(400, reply.status());
        assertEquals("Please enter a username.", reply.fieldError("username"));
        assertEquals("This password is too common and easily guessed: please choose another.", reply.fieldError("password"));
        assertEquals(2, reply.json().getJsonArray("errors").size(), reply.body());
    }

    @Test
    void anUnknownAreaIsAFieldErrorAndMalformedJsonIsABadRequest() {
        var unknown = register(ApiClient.fromNewAddress(), Portal.uniqueUsername("vol"), "Passw0rd!", "李四", "13912345678", "999999");
        assertEquals(400, unknown.status());
        assertEquals("没有编码为“999999”的区域。", unknown.fieldError("areaCode"));

        var malformed = ApiClient.fromNewAddress().postRaw("/api/v1/register", "{not json");
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
    }

    @Test
    void aStreetLeaderAppointsSupervisorsInTheirStreetOnly() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        var appointed = leader.post("/api/v1/accounts", appointment(Portal.uniqueUsername("sup"), "410702001002", "SUPERVISOR"));
        assertEquals(201, appointed.status(), appointed.body());

        assertEquals(403, leader.post("/api/v1/accounts", appointment(Portal.uniqueUsername("sup"), "410702002001", "SUPERVISOR")).status());
        var leaderRole = leader.post("/api/v1/accounts", appointment(Portal.uniqueUsername("ldr"), "410702001002", "LEADER"));
        assertEquals(403, leaderRole.status());
        assertEquals("您无权授予“领导”角色。", leaderRole.fieldError("roles"));
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.HEALTH + "/ready")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"sanling.ear\":\"OK\""), response.body());
        assertTrue(response.body().contains("{\"name\":\"database\",\"status\":\"UP\""), response.body());
    }

    private static ApiClient.Reply token(String username, String password) {
        return ApiClient.anonymous().post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
    }

    private static ApiClient.Reply register(ApiClient client, String username, String password, String displayName,
                                            String phone, String areaCode) {
        return client.post("/api/v1/register", Json.createObjectBuilder()
                .add("username", username).add("password", password).add("displayName", displayName)
                .add("phone", phone).add("areaCode", areaCode).build());
    }

    private static JsonObject appointment(String username, String areaCode, String role) {
        return Json.createObjectBuilder()
                .add("username", username).add("password", "Start1234").add("displayName", "新同事")
                .add("phone", "13700000000").add("areaCode", areaCode)
                .add("roles", Json.createArrayBuilder().add(role)).build();
    }
}
