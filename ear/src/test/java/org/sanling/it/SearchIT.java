package org.sanling.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search of the archive: a change is searchable within moments, scope holds everywhere, snippets are safe. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Portal.ear();
    }

    /** A word no demo message contains, so that only this test's submission matches it. */
    private static String marker() {
        String letters = "甲乙丙丁戊己庚辛壬癸";
        StringBuilder word = new StringBuilder("暗号");
        UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(6)
                .forEach(c -> word.append(letters.charAt(c - '0')));
        return word.toString();
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
    private static JsonObject searchUntilFound(ApiClient who, String query) throws InterruptedException {
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
        String marker = marker();
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
        String marker = marker();
        file("反映" + marker, "<script>alert(1)</script>小区" + marker + "门口<b>垃圾</b>堆放");
        JsonObject found = searchUntilFound(ApiClient.asDemo("street-leader-a"), marker);
        String snippet = found.getJsonArray("hits").getJsonObject(0).getString("snippet");
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.contains("<script") || snippet.contains("<b>"), snippet);
        assertTrue(snippet.contains("<mark>"), snippet);
    }

    @Test
    void aMalformedQueryIsSearchedAsWordsWithAWarning() {
        var result = ApiClient.asDemo("street-leader-a").get("/api/v1/search?q=" + URLEncoder.encode("\"停车 AND (", StandardCharsets.UTF_8));
        assertEquals(200, result.status(), result.body());
        assertEquals("查询语法有误，已按普通词语搜索。", result.json().getString("warning"));
    }

    @Test
    void whoeverFilesSeesLikelyDuplicatesInTheSameGrid() throws Exception {
        String marker = marker();
        file("小区" + marker + "电梯故障", "三号楼电梯经常停运，" + marker + "老人上下楼困难。");
        searchUntilFound(ApiClient.asDemo("street-leader-a"), marker);
        var similar = ApiClient.asDemo("supervisor-a").get("/api/v1/submissions/similar?areaCode=410702001001001&title="
                + URLEncoder.encode(marker + "电梯又坏了", StandardCharsets.UTF_8) + "&content="
                + URLEncoder.encode("电梯停运" + marker, StandardCharsets.UTF_8));
        assertEquals(200, similar.status(), similar.body());
        assertTrue(similar.body().contains(marker), similar.body());
        assertFalse(similar.body().contains("老人上下楼"), "duplicates show titles, not content");
    }
}
