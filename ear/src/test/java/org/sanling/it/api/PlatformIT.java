package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanling.account.AccountService;
import org.sanling.account.Caller;
import org.sanling.account.Registration;
import org.sanling.account.TokenService;
import org.sanling.audit.AuditService;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inside the server: the schema Flyway made, the audit trail, tokens; what no HTTP client can see. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @PersistenceContext(unitName = "sanling")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditService audit;

    @Inject
    private TokenService tokens;

    @Test
    void flywayAppliedTheMigrationsAndTheOutboxTableExists() {
        Number failed = (Number) em.createNativeQuery("select count(*) from flyway_schema_history where success = false")
                .getSingleResult();
        assertEquals(0, failed.intValue());
        Number applied = (Number) em.createNativeQuery("select count(*) from flyway_schema_history where version = '1'")
                .getSingleResult();
        assertEquals(1, applied.intValue());
        // The search outbox exists from the start (docs/architecture.md "Keeping search true: the outbox"), even
        // before anything writes to it.
        em.createNativeQuery("select count(*) from search_outbox").getSingleResult();
    }

    @Test
    void registrationIsAuditedInTheSameTransaction() {
        String username = Portal.uniqueUsername("audit");
        accounts.register(new Registration(username, "Passw0rd!", "审计测试", "13912345678", "410702001001"));
        var history = audit.history("account", username);
        assertEquals(1, history.size());
        assertEquals("ACCOUNT_REGISTERED", history.get(0).getAction());
        assertEquals(username, history.get(0).getActor());
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha512WithAtLeast210000Iterations() {
        String hash = (String) em.createNativeQuery("select password_hash from account where username = 'admin'")
                .getSingleResult();
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash.substring(0, 40));
    }

    @Test
    void everyChangeOfASubmissionWritesAnOutboxRowInItsTransaction() {
        var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", jakarta.json.Json.createObjectBuilder()
                .add("clientId", java.util.UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("title", "垃圾桶满溢").add("content", "小区门口垃圾桶两天未清运。").add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        long id = Long.parseLong(filed.json().getString("id"));
        assertEquals(1, outboxRows(id));
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        leader.post("/api/v1/submissions/" + id + "/actions", jakarta.json.Json.createObjectBuilder().add("action", "ACCEPT").build());
        assertEquals(2, outboxRows(id));
        var refused = leader.post("/api/v1/submissions/" + id + "/actions", jakarta.json.Json.createObjectBuilder().add("action", "ACCEPT").build());
        assertEquals(409, refused.status());
        assertEquals(2, outboxRows(id), "a refused action writes nothing");
    }

    private int outboxRows(long submissionId) {
        return ((Number) em.createNativeQuery("select count(*) from search_outbox where entity_type = 'submission' and entity_id = ?1")
                .setParameter(1, submissionId).getSingleResult()).intValue();
    }

    @Test
    void theDemoSubmissionsCoverTheWorkflowWithRealTextAndSomeAreOverdue() {
        @SuppressWarnings("unchecked")
        var byStatus = ((java.util.List<Object[]>) em.createNativeQuery(
                "select status, count(*) from submission where number like 'SQ-%' group by status").getResultList())
                .stream().collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue()));
        for (String status : java.util.List.of("SUBMITTED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED")) {
            assertTrue(byStatus.getOrDefault(status, 0) > 10, status + " in " + byStatus);
        }
        assertTrue(byStatus.values().stream().mapToInt(Integer::intValue).sum() > 2000, byStatus.toString());
        Number overdue = (Number) em.createNativeQuery("""
                select count(*) from submission where status in ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')
                and deadline < current_timestamp""").getSingleResult();
        assertTrue(overdue.intValue() > 50, "overdue: " + overdue);
        Number resolvedWithNote = (Number) em.createNativeQuery(
                "select count(*) from timeline_entry where action = 'RESOLVE' and length(note) > 20").getSingleResult();
        assertTrue(resolvedWithNote.intValue() > 1000, "resolution notes: " + resolvedWithNote);
    }

    @Test
    void aTokenResolvesToItsCallerUntilRevoked() {
        Caller caller = new Caller("volunteer-a", "张小雨", Set.of(), "410702001002", "星海国际小区", "410702/410702001/410702001002/", null);
        var issued = tokens.issue(caller);
        assertEquals("volunteer-a", tokens.resolve(issued.token()).orElseThrow().username());
        tokens.revoke(issued.token());
        assertTrue(tokens.resolve(issued.token()).isEmpty());
        assertTrue(tokens.resolve("not-a-token").isEmpty());
    }
}
