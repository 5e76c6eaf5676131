package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanling.search.IndexedEntity;
import org.sanling.search.OutboxIndexer;
import org.sanling.search.SearchIndexes;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: the nightly index verification finds what differs between this node's index and the
 * database — a document deleted from the index, a row changed behind the index's back, a row added without
 * an outbox row, a row deleted likewise — repairs exactly those, reports them, and then finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class IndexVerificationIT {

    private static final String JOB = "index-verification";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @PersistenceContext(unitName = "sanling")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private SearchIndexes indexes;

    @Inject
    private OutboxIndexer indexer;

    @Test
    void theRunRepairsExactlyWhatDiffersReportsItAndTheNextRunFindsNothing() throws Exception {
        ApiClient admin = ApiClient.asDemo("admin");
        long deletedFromIndex = file("索引核对：索引中被删除");
        long changedBehindItsBack = file("索引核对：背后被修改");
        long rowGone = file("索引核对：记录被删除");
        indexer.applyPending();
        Jobs.runNow(admin, JOB); // whatever differed before this test is repaired first

        indexes.index().delete(IndexedEntity.SUBMISSION.documentId(deletedFromIndex));
        sql("update submission set title = '索引核对：已被修改', version = version + 1 where id = ?", changedBehindItsBack);
        long addedWithoutOutbox = copyWithoutOutbox(changedBehindItsBack);
        sql("delete from submission where id = ?", rowGone);

        JsonObject run = Jobs.runNow(admin, JOB);
        assertEquals("SUCCEEDED", run.getString("outcome"), run.toString());
        assertTrue(run.getString("counts").endsWith("missing=2, stale=1, deleted=1"), run.toString());
        Map<String, Long> stamps = indexes.index().stamps(DocumentKind.SUBMISSION, YearMonth.from(
                Instant.now().atZone(SearchDocument.MONTH_ZONE)));
        assertTrue(stamps.containsKey(IndexedEntity.SUBMISSION.documentId(deletedFromIndex)));
        assertTrue(stamps.containsKey(IndexedEntity.SUBMISSION.documentId(addedWithoutOutbox)));
        assertFalse(stamps.containsKey(IndexedEntity.SUBMISSION.documentId(rowGone)));
        assertEquals(1L, stamps.get(IndexedEntity.SUBMISSION.documentId(changedBehindItsBack)), "the row's version now");
        var found = admin.get("/api/v1/search?q=" + java.net.URLEncoder.encode("已被修改", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(found.body().contains(String.valueOf(changedBehindItsBack)), found.body());

        var latest = admin.get("/api/v1/search/verification");
        assertEquals(200, latest.status(), latest.body());
        assertEquals(2, latest.json().getInt("missing"));
        assertEquals(1, latest.json().getInt("stale"));
        assertEquals(1, latest.json().getInt("deleted"));
        assertNotEquals(0, latest.json().getInt("monthsDiffering"));

        JsonObject again = Jobs.runNow(admin, JOB);
        assertTrue(again.getString("counts").endsWith("monthsDiffering=0, missing=0, stale=0, deleted=0"), again.toString());
    }

    @Test
    void onlyAdministratorsReadTheVerification() {
        assertEquals(403, ApiClient.asDemo("street-leader-a").get("/api/v1/search/verification").status());
        assertEquals(403, ApiClient.asDemo("district-leader").get("/api/v1/search/verification").status());
        assertEquals(401, ApiClient.anonymous().get("/api/v1/search/verification").status());
        int status = ApiClient.asDemo("admin").get("/api/v1/search/verification").status();
        assertTrue(status == 200 || status == 204, "admin: " + status);
    }

    private static long file(String title) {
        var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("areaCode", "410702001001001").add("title", title).add("content", "核对索引用的诉求。")
                .add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        return Long.parseLong(filed.json().getString("id"));
    }

    private void sql(String statement, long id) throws Exception {
        transaction.begin();
        assertEquals(1, em.createNativeQuery(statement).setParameter(1, id).executeUpdate());
        transaction.commit();
    }

    /** A copy of the submission as a new row, written without an outbox row, as a careless import would. */
    private long copyWithoutOutbox(long id) throws Exception {
        transaction.begin();
        long copy = ((Number) em.createNativeQuery("select nextval('submission_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                        insert into submission (id, number, client_id, submitter_id, type, category_id, area_id, area_path,
                            title, content, urgency, dimension, status, created_at, updated_at, deadline, version)
                        select ?, ?, ?, submitter_id, type, category_id, area_id, area_path, '索引核对：无发件箱记录', content,
                            urgency, dimension, status, created_at, updated_at, deadline, 0
                        from submission where id = ?""")
                .setParameter(1, copy)
                .setParameter(2, "IT-" + UUID.randomUUID().toString().substring(0, 12))
                .setParameter(3, UUID.randomUUID())
                .setParameter(4, id)
                .executeUpdate();
        transaction.commit();
        return copy;
    }
}
