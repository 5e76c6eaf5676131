package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;
import org.sanling.it.support.Spreadsheets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search of the archive: a change is searchable within moments, scope holds everywhere (results, export),
 * snippets are safe, a compound query finds its words apart, a rebuild loses nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    private static String file(String title, String content) {
        var reply = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("areaCode", "410702001001001").add("title", title).add("content", content).add("urgency", "NORMAL")
                .build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    /** Searches until the outbox indexer has caught up (it runs right after commit), at most 10 s. */
    static JsonObject searchUntilFound(ApiClient who, String query) throws InterruptedException {
        String path = "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonObject result;
        do {
            result = who.get(path).json();
            if (result.getInt("total") > 0) {
                return result;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return result;
    }

    @Test
    void aNewSubmissionIsFoundWithinMomentsAndOnlyInScope() throws Exception {
        String marker = Portal.uniqueMarker();
        String id = file("楼下夜市" + marker + "噪音扰民", "每天晚上十一点后仍有烧烤摊营业，噪音很大。");
        long filed = System.nanoTime();
        JsonObject found = searchUntilFound(ApiClient.asDemo("street-leader-a"), marker);
        long millis = (System.nanoTime() - filed) / 1_000_000;
        assertEquals(1, found.getInt("total"), found.toString());
        assertTrue(millis < 5_000, "searchable after " + millis + " ms");
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertEquals(id, hit.getString("id"));
        assertEquals("SUBMISSION", hit.getString("kind"));

        JsonObject outside = ApiClient.asDemo("street-leader-b").get("/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).json();
        assertEquals(0, outside.getInt("total"), "street b sees nothing of street a, not even a count");
        assertTrue(outside.getJsonObject("facets").getJsonArray("area").getValuesAs(JsonObject.class).stream()
                .noneMatch(f -> f.getInt("count") > 0 && f.getString("key").startsWith("410702001")));
        assertEquals(1, ApiClient.asDemo("district-leader").get("/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json().getInt("total"));
        assertEquals(403, ApiClient.asDemo("volunteer-a").get("/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).status());
        assertEquals(403, ApiClient.asDemo("street-leader-b").get("/api/v1/search?q=x&areaCode=410702001").status());
    }

    @Test
    void snippetsAreEscapedTextWithOnlyMarkAsMarkup() throws Exception {
        String marker = Portal.uniqueMarker();
        file("反映" + marker, "<script>alert(1)</script>小区" + marker + "门口<b>垃圾</b>堆放");
        JsonObject found = searchUntilFound(ApiClient.asDemo("street-leader-a"), marker);
        String snippet = found.getJsonArray("hits").getJsonObject(0).getString("snippet");
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.contains("<script") || snippet.contains("<b>"), snippet);
        assertTrue(snippet.contains("<mark>"), snippet);
    }

    /**
     * A compound query finds every document that has each of its words anywhere (word-level truth,
     * here the documents found by each word searched alone), not only those with the compound as
     * written; on the demo messages 电梯故障 is written so in one of the ten, 房产证办理 in none.
     */
    @Test
    void aCompoundQueryFindsEveryDocumentWithEachOfItsWords() {
        ApiClient leader = ApiClient.asDemo("district-leader");
        for (String[] query : new String[][] {{"电梯故障", "电梯", "故障"}, {"拖欠工资", "拖欠", "工资"},
                {"房产证办理", "房产证", "办理"}, {"停车收费", "停车", "收费"}}) {
            Set<String> truth = new HashSet<>(ids(leader, query[1]));
            truth.retainAll(ids(leader, query[2]));
            Set<String> found = new HashSet<>(ids(leader, query[0]));
            assertTrue(truth.size() >= 5, query[0] + " has word-level matches in the demo data: " + truth.size());
            Set<String> missed = new HashSet<>(truth);
            missed.removeAll(found);
            assertTrue(missed.size() <= truth.size() * 0.03, query[0] + " finds " + found.size() + " of " + truth.size() + ", missing " + missed);
        }
    }

    @Test
    void aQueryThatFindsNothingSaysWhichWordFoundNothing() {
        JsonObject result = ApiClient.asDemo("district-leader")
                .get("/api/v1/search?q=" + URLEncoder.encode("电梯故障 恐龙蛋", StandardCharsets.UTF_8)).json();
        assertEquals(0, result.getInt("total"));
        JsonObject unmatched = result.getJsonArray("unmatched").getJsonObject(0);
        assertEquals("恐龙蛋", unmatched.getString("word"));
        assertEquals("电梯故障", unmatched.getString("queryWithout"));
    }

    /** The ids of every hit of {@code query}, page by page. */
    /** The hits' kinds and ids (KIND:id): a submission and a dispute may have the same id. */
    private static List<String> ids(ApiClient who, String query) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject result = who.get("/api/v1/search?size=100&page=" + page + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json();
            result.getJsonArray("hits").getValuesAs(JsonObject.class)
                    .forEach(hit -> ids.add(hit.getString("kind") + ":" + hit.getString("id")));
            if (ids.size() >= result.getInt("total") || result.getJsonArray("hits").isEmpty()) {
                return ids;
            }
        }
    }

    @Test
    void aMalformedQueryIsSearchedAsWordsWithAWarning() {
        var result = ApiClient.asDemo("street-leader-a").get("/api/v1/search?q=" + URLEncoder.encode("\"停车 AND (", StandardCharsets.UTF_8));
        assertEquals(200, result.status(), result.body());
        assertEquals("查询语法有误，已按普通词语搜索。", result.json().getString("warning"));
    }

    @Test
    void anAdminRebuildsTheIndexWhileSearchesGoOnAndNoChangeMadeMeanwhileIsLost() throws Exception {
        ApiClient leader = ApiClient.asDemo("district-leader");
        assertEquals(403, leader.post("/api/v1/search/rebuild", EMPTY).status(), "leaders may not rebuild");
        assertEquals(403, leader.get("/api/v1/search/rebuild").status());
        ApiClient admin = ApiClient.asDemo("admin");

        var started = admin.post("/api/v1/search/rebuild", EMPTY);
        assertEquals(202, started.status(), started.body());
        assertTrue(started.json().getBoolean("running"));
        var again = admin.post("/api/v1/search/rebuild", EMPTY);
        assertEquals(409, again.status(), "one rebuild at a time: " + again.body());
        assertEquals("索引正在重建，请等本次重建完成后再试。", again.json().getString("detail"));
        String marker = Portal.uniqueMarker();
        file("路口" + marker + "信号灯故障", "早高峰信号灯不亮，" + marker + "车辆拥堵。");
        assertTrue(leader.get("/api/v1/search?q=" + URLEncoder.encode("停车", StandardCharsets.UTF_8)).json().getInt("total") > 0,
                "searches are served from the old index during the rebuild");

        JsonObject status = admin.get("/api/v1/search/rebuild").json();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (status.getBoolean("running") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = admin.get("/api/v1/search/rebuild").json();
        }
        assertFalse(status.getBoolean("running"), status.toString());
        assertFalse(status.containsKey("error"), status.toString());
        assertTrue(status.getInt("total") > 2000 && status.getInt("done") >= status.getInt("total"), status.toString());
        assertEquals(100, status.getInt("percent"));
        assertTrue(status.getJsonNumber("sequence").longValue() > 0, status.toString());
        assertTrue(status.containsKey("finishedAt"), status.toString());

        assertEquals(1, searchUntilFound(leader, marker).getInt("total"), "filed during the rebuild, found once after it");
    }

    @Test
    void theResultListExportsToExcelWithinTheCallersScope() throws Exception {
        String marker = Portal.uniqueMarker();
        file("窨井盖" + marker + "缺失", "人行道上的窨井盖丢失，" + marker + "夜间行人容易踩空。");
        searchUntilFound(ApiClient.asDemo("street-leader-a"), marker);
        String query = "/api/v1/search/export?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);

        List<List<String>> mine = Spreadsheets.rows(ApiClient.asDemo("street-leader-a").getBytes(query));
        assertEquals(List.of("编号", "标题", "区域", "类型", "类别", "状态", "提交时间"), mine.get(0));
        assertEquals(2, mine.size(), mine.toString());
        List<String> row = mine.get(1);
        assertTrue(row.get(0).startsWith("SQ-"), row.toString());
        assertEquals(List.of("窨井盖" + marker + "缺失", "梦萦小区第1网格", "投诉", "环境卫生", "已提交"), row.subList(1, 6));
        assertTrue(row.get(6).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "a date in Asia/Shanghai: " + row.get(6));

        ApiClient streetB = ApiClient.asDemo("street-leader-b");
        assertEquals(1, Spreadsheets.rows(streetB.getBytes(query)).size(), "street b exports nothing of street a");
        List<List<String>> all = Spreadsheets.rows(streetB.getBytes("/api/v1/search/export?sort=newest"));
        int total = streetB.get("/api/v1/search").json().getInt("total");
        assertTrue(total > 0);
        assertEquals(total, all.size() - 1, "every result within scope, one row each");
        assertTrue(all.stream().noneMatch(r -> r.get(1).contains(marker)));

        assertEquals("Number", Spreadsheets.rows(ApiClient.asDemo("district-leader").inLanguage("en").getBytes(query)).get(0).get(0));
        assertEquals("Status", Spreadsheets.rows(ApiClient.asDemo("street-leader-a").getBytes(query + "&lang=en")).get(0).get(5));
        assertEquals(403, ApiClient.asDemo("volunteer-a").get(query).status());
    }

    @Test
    void whoeverFilesSeesTheirLikelyDuplicatesAndTheGridsHandlerEveryOne() throws Exception {
        String marker = Portal.uniqueMarker();
        file("小区" + marker + "电梯故障", "三号楼电梯经常停运，" + marker + "老人上下楼困难。");
        searchUntilFound(ApiClient.asDemo("street-leader-a"), marker);
        String path = "/api/v1/submissions/similar?areaCode=410702001001001&title="
                + URLEncoder.encode(marker + "电梯又坏了", StandardCharsets.UTF_8) + "&content="
                + URLEncoder.encode("电梯停运" + marker, StandardCharsets.UTF_8);
        var similar = ApiClient.asDemo("supervisor-a").get(path);
        assertEquals(200, similar.status(), similar.body());
        assertTrue(similar.body().contains(marker), similar.body());
        assertFalse(similar.body().contains("老人上下楼"), "duplicates show titles, not content");
        assertTrue(ApiClient.asDemo("handler-a").get(path).body().contains(marker), "the grid's handler sees the grid's");
        var neighbour = ApiClient.asDemo("volunteer-b").get(path);
        assertEquals(200, neighbour.status(), neighbour.body());
        assertFalse(neighbour.body().contains(marker), "a volunteer of the same community does not see another's: " + neighbour.body());
    }
}
