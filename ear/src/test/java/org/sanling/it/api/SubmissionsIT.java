package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Images;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Supervisor submissions over REST: the whole workflow, idempotent filing, scope, conflicts, validation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionsIT {

    /** 梦萦小区第1网格, the grid handler-a is responsible for; in street-leader-a's street. */
    private static final String GRID = "410702001001001";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    private static JsonObject submission(UUID clientId, String title) {
        return Json.createObjectBuilder()
                .add("clientId", clientId.toString()).add("type", "HAZARD").add("category", "消防安全")
                .add("areaCode", GRID).add("place", "梦萦小区3号楼二单元").add("title", title)
                .add("content", "楼道内堆放大量纸箱和电动车，堵塞消防通道，存在火灾隐患。").add("urgency", "URGENT")
                .add("dimension", "SAFETY").add("citizenName", "王大妈").add("citizenPhone", "13912345678")
                .add("citizenConsent", true).build();
    }

    private static String file(ApiClient who, String title) {
        var reply = who.post("/api/v1/submissions", submission(UUID.randomUUID(), title));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    private static ApiClient.Reply act(ApiClient who, String id, String action, String note, String assignee) {
        var body = Json.createObjectBuilder().add("action", action);
        if (note != null) {
            body.add("note", note);
        }
        if (assignee != null) {
            body.add("assignee", assignee);
        }
        return who.post("/api/v1/submissions/" + id + "/actions", body.build());
    }

    @Test
    void aSubmissionGoesFromFilingToConfirmationWithEveryStepOnItsTimeline() {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient handler = ApiClient.asDemo("handler-a");

        var filed = supervisor.post("/api/v1/submissions", submission(UUID.randomUUID(), "楼道堆物堵塞消防通道"));
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        assertTrue(filed.json().getString("number").matches("SQ-\\d{4}-\\d{6}"), filed.body());
        assertEquals("SUBMITTED", filed.json().getString("status"));

        var accepted = act(leader, id, "ACCEPT", null, null);
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("DISPATCHED", accepted.json().getString("status"), "accepting dispatches to the grid's handler");
        assertEquals("handler-a", accepted.json().getJsonObject("assignee").getString("username"));

        var wrongRole = act(supervisor, id, "START", null, null);
        assertEquals(409, wrongRole.status());
        assertEquals("当前状态（已派单）下您不能执行“开始处置”。", wrongRole.json().getString("detail"));

        assertEquals(200, act(handler, id, "START", null, null).status());
        var noNote = act(handler, id, "RESOLVE", " ", null);
        assertEquals(400, noNote.status());
        assertEquals("此操作须填写说明。", noNote.fieldError("note"));
        assertEquals("RESOLVED", act(handler, id, "RESOLVE", "已清理楼道杂物，通道畅通。", null).json().getString("status"));

        var mine = supervisor.get("/api/v1/submissions/" + id).json();
        assertEquals(List.of("CONFIRM", "REOPEN"), mine.getJsonArray("actions").getValuesAs(JsonString::getString));
        var closed = act(supervisor, id, "CONFIRM", null, null).json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(List.of("FILE", "ACCEPT", "DISPATCH", "START", "RESOLVE", "CONFIRM"),
                closed.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(s -> s.getString("action")).toList());
        assertEquals(409, act(supervisor, id, "REOPEN", "还是不行", null).status(), "a closed submission stays closed");
    }

    @Test
    void reopeningSendsItBackToTheHandlerWithANewDeadline() {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        ApiClient handler = ApiClient.asDemo("handler-a");
        String id = file(supervisor, "路灯不亮");
        act(ApiClient.asDemo("street-leader-a"), id, "ACCEPT", null, null);
        act(handler, id, "START", null, null);
        act(handler, id, "RESOLVE", "已报修", null);
        assertEquals(400, act(supervisor, id, "REOPEN", null, null).status());
        var reopened = act(supervisor, id, "REOPEN", "报修后仍然不亮", null).json();
        assertEquals("DISPATCHED", reopened.getString("status"));
        assertEquals("handler-a", reopened.getJsonObject("assignee").getString("username"));
        assertTrue(handler.get("/api/v1/submissions?view=ASSIGNED&status=DISPATCHED&size=200").body().contains(id));
    }

    @Test
    void aLeaderDispatchesToADepartmentAndAnyOfItsHandlersTakesIt() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        String id = file(ApiClient.asDemo("supervisor-a"), "占道经营");
        act(leader, id, "ACCEPT", null, null);
        String urban = ApiClient.asDemo("admin").get("/api/v1/departments").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals("红旗区城市管理局")).findFirst().orElseThrow().getString("id");

        var unknown = leader.post("/api/v1/submissions/" + id + "/actions",
                Json.createObjectBuilder().add("action", "DISPATCH").add("department", "999999").build());
        assertEquals(400, unknown.status());
        var routed = leader.post("/api/v1/submissions/" + id + "/actions",
                Json.createObjectBuilder().add("action", "DISPATCH").add("department", urban).build()).json();
        assertEquals("DISPATCHED", routed.getString("status"));
        assertEquals("红旗区城市管理局", routed.getString("department"));
        assertFalse(routed.containsKey("assignee"), "nobody has it yet");

        assertEquals(409, act(ApiClient.asDemo("handler-a"), id, "START", null, null).status(), "the grid's handler no longer has it");
        ApiClient department = ApiClient.asDemo("dept-urban");
        assertTrue(department.get("/api/v1/submissions?view=ASSIGNED&size=50").body().contains("\"id\":\"" + id + "\""));
        var started = act(department, id, "START", null, null).json();
        assertEquals("dept-urban", started.getJsonObject("assignee").getString("username"));
        assertEquals("RESOLVED", act(department, id, "RESOLVE", "已依法清理占道摊点。", null).json().getString("status"));
    }

    @Test
    void onlyAdminsCreateDepartmentsAndAppointHandlersToThem() {
        JsonObject department = Json.createObjectBuilder().add("name", "测试部门" + UUID.randomUUID().toString().substring(0, 6))
                .add("areaCode", "410702").build();
        assertEquals(403, ApiClient.asDemo("district-leader").post("/api/v1/departments", department).status());
        var added = ApiClient.asDemo("admin").post("/api/v1/departments", department);
        assertEquals(201, added.status(), added.body());
        assertEquals(409, ApiClient.asDemo("admin").post("/api/v1/departments", department).status());
        String path = "/api/v1/departments/" + added.json().getString("id") + "/members/";
        assertEquals(400, ApiClient.asDemo("admin").put(path + "volunteer-a", Json.createObjectBuilder().build()).status());
        assertEquals(204, ApiClient.asDemo("admin").put(path + "handler-410702002003", Json.createObjectBuilder().build()).status());
    }

    @Test
    void aRejectionNeedsAReason() {
        String id = file(ApiClient.asDemo("supervisor-a"), "建议增设健身器材");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        assertEquals(400, act(leader, id, "REJECT", "", null).status());
        assertEquals("REJECTED", act(leader, id, "REJECT", "不属于本街道职责范围", null).json().getString("status"));
    }

    @Test
    void filingTheSameClientIdAgainReturnsTheFirstSubmissionEvenUnderConcurrentReplays() throws Exception {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        UUID clientId = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> supervisor.post("/api/v1/submissions", submission(clientId, "井盖缺失"))));
            }
            Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply r = reply.get();
                assertTrue(r.status() == 201 || r.status() == 200, r.body());
                created += r.status() == 201 ? 1 : 0;
                ids.add(r.json().getString("id"));
            }
            assertEquals(1, ids.size(), "every replay answers with the same submission");
            assertEquals(1, created, "exactly one call created it");
        } finally {
            pool.shutdownNow();
        }
        var again = supervisor.post("/api/v1/submissions", submission(clientId, "井盖缺失"));
        assertEquals(200, again.status());
    }

    @Test
    void submissionsFiledAtOnceAreAllCreatedWithDistinctGaplessNumbers() throws Exception {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        int count = 30;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String title = "路灯不亮 " + i;
                replies.add(pool.submit(() -> supervisor.post("/api/v1/submissions", submission(UUID.randomUUID(), title))));
            }
            List<Long> numbers = new ArrayList<>();
            Set<String> ids = new java.util.HashSet<>();
            for (Future<ApiClient.Reply> reply : replies) {
                ApiClient.Reply r = reply.get();
                assertEquals(201, r.status(), r.body());
                ids.add(r.json().getString("id"));
                String number = r.json().getString("number");
                numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
            }
            assertEquals(count, ids.size(), "each its own submission");
            assertEquals(count, Set.copyOf(numbers).size(), "each its own number: " + numbers);
            // Nothing else files meanwhile, so the numbers leave no gap among them.
            assertEquals(count - 1, numbers.stream().mapToLong(Long::longValue).max().getAsLong()
                    - numbers.stream().mapToLong(Long::longValue).min().getAsLong(), "gapless: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentActionsOnOneSubmissionCannotBothWin() throws Exception {
        String id = file(ApiClient.asDemo("supervisor-a"), "广场噪音扰民");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Integer>> accepts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                accepts.add(() -> act(leader, id, "ACCEPT", null, null).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(accepts)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(4, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        var timeline = leader.get("/api/v1/submissions/" + id).json().getJsonArray("timeline").getValuesAs(JsonObject.class);
        assertEquals(1, timeline.stream().filter(s -> s.getString("action").equals("ACCEPT")).count());
    }

    @Test
    void nobodyOutsideTheScopeSeesASubmission() {
        String id = file(ApiClient.asDemo("supervisor-a"), "小区违章搭建");
        assertEquals(404, ApiClient.asDemo("street-leader-b").get("/api/v1/submissions/" + id).status());
        assertEquals(404, ApiClient.asDemo("volunteer-a").get("/api/v1/submissions/" + id).status());
        assertEquals(404, act(ApiClient.asDemo("street-leader-b"), id, "ACCEPT", null, null).status());
        assertEquals(200, ApiClient.asDemo("district-leader").get("/api/v1/submissions/" + id).status());

        String leaderB = ApiClient.asDemo("street-leader-b").get("/api/v1/submissions?size=200").body();
        assertFalse(leaderB.contains("\"id\":\"" + id + "\""), "not in street b's list");
        var leaderA = ApiClient.asDemo("street-leader-a").get("/api/v1/submissions?size=200").json();
        assertTrue(leaderA.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getString("areaCode").startsWith("410702001")));
        assertTrue(leaderA.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("id").equals(id)));
        assertEquals(403, ApiClient.asDemo("street-leader-a").get("/api/v1/submissions?areaCode=410702002").status());
        assertEquals(403, ApiClient.asDemo("volunteer-a").get("/api/v1/submissions?view=SCOPE").status());
    }

    @Test
    void theCitizensContactIsShownToLeadersAndTheHandlerOnly() {
        String id = file(ApiClient.asDemo("supervisor-a"), "高空抛物");
        act(ApiClient.asDemo("street-leader-a"), id, "ACCEPT", null, null);
        assertEquals("13912345678", ApiClient.asDemo("street-leader-a").get("/api/v1/submissions/" + id).json().getString("citizenPhone"));
        assertEquals("13912345678", ApiClient.asDemo("handler-a").get("/api/v1/submissions/" + id).json().getString("citizenPhone"));
        JsonObject submitterView = ApiClient.asDemo("supervisor-a").get("/api/v1/submissions/" + id).json();
        assertEquals("139****5678", submitterView.getString("citizenPhone"));
        assertEquals("王**", submitterView.getString("citizenName"));
    }

    @Test
    void badInputGetsFieldErrorsInChineseAndEnglish() {
        JsonObject bad = Json.createObjectBuilder().add("clientId", UUID.randomUUID().toString()).add("category", "不存在")
                .add("title", "").add("content", "x").add("citizenName", "李四").build();
        var zh = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", bad);
        assertEquals(400, zh.status());
        assertEquals("请填写标题。", zh.fieldError("title"));
        assertEquals("请选择类型。", zh.fieldError("type"));
        assertEquals("请选择紧急程度。", zh.fieldError("urgency"));
        var en = ApiClient.asDemo("supervisor-a").inLanguage("en").post("/api/v1/submissions", bad);
        assertEquals("Please enter a title.", en.fieldError("title"));

        JsonObject noConsent = Json.createObjectBuilder(submission(UUID.randomUUID(), "无同意")).add("citizenConsent", false).build();
        var consent = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", noConsent);
        assertEquals(400, consent.status());
        assertTrue(consent.fieldError("citizenConsent").contains("同意"));

        JsonObject unknownCategory = Json.createObjectBuilder(submission(UUID.randomUUID(), "类别")).add("category", "不存在").build();
        assertEquals("没有名为或编号为“不存在”的类别。",
                ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", unknownCategory).fieldError("category"));
    }

    @Test
    void photosAreCheckedByContentStoredOnceAndShownOnlyInScope() throws Exception {
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        String id = file(supervisor, "路面塌陷");
        String photos = "/api/v1/submissions/" + id + "/photos";
        byte[] jpeg = Images.jpeg(1600, 900);
        UUID photoId = UUID.randomUUID();

        var first = supervisor.postBytes(photos + "?clientId=" + photoId, "image/jpeg", jpeg);
        assertEquals(201, first.status(), first.body());
        assertEquals(1600, first.json().getInt("width"));
        var retry = supervisor.postBytes(photos + "?clientId=" + photoId, "image/jpeg", jpeg);
        assertEquals(200, retry.status());
        assertEquals(first.json().getString("id"), retry.json().getString("id"));

        var disguised = supervisor.postBytes(photos + "?clientId=" + UUID.randomUUID(), "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, disguised.status());
        assertEquals("只能上传 JPEG、PNG 或 WebP 格式的照片。", disguised.fieldError("photos"));
        var png = supervisor.postBytes(photos + "?clientId=" + UUID.randomUUID(), "application/octet-stream", Images.png(200, 300));
        assertEquals("image/png", png.json().getString("contentType"), "the content decides, not the declared type");

        assertEquals(2, supervisor.get(photos).array().size());
        byte[] thumbnail = supervisor.getBytes(photos + "/" + first.json().getString("id") + "?size=thumb");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
        assertEquals(320, Math.max(image.getWidth(), image.getHeight()));
        assertEquals(404, ApiClient.asDemo("street-leader-b").get(photos).status());
        assertEquals(404, ApiClient.asDemo("street-leader-b").postBytes(photos, "image/jpeg", jpeg).status());
    }

    @Test
    void onlyAdminsChangeDeadlinesAndNewSubmissionsFollowThem() {
        var categories = ApiClient.asDemo("admin").get("/api/v1/categories").array().getValuesAs(JsonObject.class);
        String other = categories.stream().filter(c -> c.getString("name").equals("其他")).findFirst().orElseThrow().getString("id");
        JsonObject deadlines = Json.createObjectBuilder().add("urgentHours", 6).add("normalWorkingDays", 2).build();
        assertEquals(403, ApiClient.asDemo("street-leader-a").put("/api/v1/categories/" + other + "/deadlines", deadlines).status());
        var bad = ApiClient.asDemo("admin").put("/api/v1/categories/" + other + "/deadlines",
                Json.createObjectBuilder().add("urgentHours", 0).add("normalWorkingDays", 2).build());
        assertEquals(400, bad.status());
        assertEquals("紧急时限须在 1 到 720 小时之间。", bad.fieldError("urgentHours"));
        var changed = ApiClient.asDemo("admin").put("/api/v1/categories/" + other + "/deadlines", deadlines);
        assertEquals(6, changed.json().getInt("urgentHours"), changed.body());

        var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder(submission(UUID.randomUUID(), "其他事项"))
                .add("category", "其他").build()).json();
        var detail = ApiClient.asDemo("supervisor-a").get("/api/v1/submissions/" + filed.getString("id")).json();
        var hours = java.time.Duration.between(java.time.OffsetDateTime.parse(detail.getString("createdAt")),
                java.time.OffsetDateTime.parse(detail.getString("deadline"))).toHours();
        assertEquals(6, hours, "an urgent submission of 其他 is now due in 6 hours");
        ApiClient.asDemo("admin").put("/api/v1/categories/" + other + "/deadlines",
                Json.createObjectBuilder().add("urgentHours", 24).add("normalWorkingDays", 5).build());
    }

    @Test
    void adminsAddCategoriesWithUniqueNames() {
        String name = "测试类别" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject category = Json.createObjectBuilder().add("name", name).add("nameEn", "Test " + name)
                .add("urgentHours", 48).add("normalWorkingDays", 10).build();
        assertEquals(403, ApiClient.asDemo("street-leader-a").post("/api/v1/categories", category).status());
        var added = ApiClient.asDemo("admin").post("/api/v1/categories", category);
        assertEquals(201, added.status(), added.body());
        assertEquals(10, added.json().getInt("normalWorkingDays"));
        var again = ApiClient.asDemo("admin").post("/api/v1/categories", category);
        assertEquals(409, again.status());
        assertEquals("已有名为“" + name + "”的类别。", again.fieldError("name"));
        var blank = ApiClient.asDemo("admin").inLanguage("en").post("/api/v1/categories",
                Json.createObjectBuilder(category).add("name", " ").build());
        assertEquals("Please enter the Chinese name.", blank.fieldError("name"));
        assertTrue(ApiClient.asDemo("volunteer-a").get("/api/v1/categories").body().contains(name));
    }

    @Test
    void categoriesAreListedWithTheirDeadlines() {
        var categories = ApiClient.asDemo("volunteer-a").get("/api/v1/categories").array().getValuesAs(JsonObject.class);
        assertTrue(categories.size() >= 11);
        var names = categories.stream().map(c -> c.getString("name")).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("城市管理", "环境卫生", "物业管理", "消防安全", "其他")), names.toString());
        assertEquals(24, categories.get(0).getInt("urgentHours"));
    }
}
