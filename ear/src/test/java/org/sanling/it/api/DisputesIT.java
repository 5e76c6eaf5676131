package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.LegalAidEvents;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disputes register over REST: the whole workflow with every step on the timeline, replay by clientId, 409 on
 * steps the state does not offer, scope by role and street (another street 403/404, volunteers and supervisors kept
 * out), parties' phones masked below leader level, and submissions and consultations turned into disputes, linked
 * both ways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisputesIT {

    private static final String GRID = Disputes.GRID;
    /** 梦萦小区, the first community of the district: the home of lawyer-01, who mediates in its street. */
    private static final String COMMUNITY = "410702001001";
    private static final String PHONE = Disputes.PHONE;

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void aDisputeGoesFromScreeningToClosedWithEveryStepOnItsTimelineAndAReplayFilesItOnce() {
        ApiClient handler = ApiClient.asDemo("handler-a");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient mediator = ApiClient.asDemo("lawyer-01");
        JsonObject filing = Disputes.dispute(UUID.randomUUID(), GRID, "楼上漏水引发邻里矛盾", "MEDIUM").build();

        var filed = handler.post("/api/v1/disputes", filing);
        assertEquals(201, filed.status(), filed.body());
        assertTrue(filed.json().getString("number").matches("MD-\\d{4}-\\d{6}"), filed.body());
        assertEquals("SCREENED", filed.json().getString("status"));
        String id = filed.json().getString("id");
        assertTrue(filed.header("Location").endsWith("/api/v1/disputes/" + id), filed.header("Location"));
        var replay = handler.post("/api/v1/disputes", filing);
        assertEquals(200, replay.status(), replay.body());
        assertEquals(filed.json(), replay.json(), "a replay answers the first filing");

        var assigned = Disputes.act(leader, id, Disputes.action("assign").add("mediator", "lawyer-01"));
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("ASSIGNED", assigned.json().getString("status"));
        assertEquals("lawyer-01", assigned.json().getJsonObject("mediator").getString("username"));
        assertEquals(List.of("MEDIATE"), actions(mediator.get("/api/v1/disputes/" + id).json()));

        var session = Disputes.act(mediator, id, Disputes.action("MEDIATE").add("note", "双方到场，初步同意由502承担维修费用。")
                .add("place", "梦萦小区人民调解室").add("attendees", "李建国、王芳、许国平"));
        assertEquals(200, session.status(), session.body());
        assertEquals("MEDIATING", session.json().getString("status"));
        JsonObject held = session.json().getJsonArray("sessions").getJsonObject(0);
        assertEquals("梦萦小区人民调解室", held.getString("place"));
        assertEquals("lawyer-01", held.getString("recordedBy"));

        var noAgreement = Disputes.act(mediator, id, Disputes.action("RESOLVE"));
        assertEquals(400, noAgreement.status(), noAgreement.body());
        noAgreement.fieldError("agreement");
        var resolved = Disputes.act(mediator, id, Disputes.action("RESOLVE").add("agreement", "502住户于7日内修复防水层并赔偿402住户2000元。"));
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("RESOLVED", resolved.json().getString("status"));
        Instant due = OffsetDateTime.parse(resolved.json().getString("followUpDue")).toInstant();
        assertTrue(Duration.between(Instant.now().plus(Duration.ofDays(30)), due).abs().compareTo(Duration.ofMinutes(5)) < 0,
                "the return visit is due 30 days after: " + due);

        var tooEarly = Disputes.act(leader, id, Disputes.action("CLOSE"));
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertTrue(tooEarly.contentType().startsWith("application/problem+json"), tooEarly.contentType());
        assertEquals("当前状态（已化解）下您不能执行“结案”。", tooEarly.json().getString("detail"));
        assertEquals("You cannot close a dispute that is resolved.",
                leader.inLanguage("en").post("/api/v1/disputes/" + id + "/actions", Disputes.action("CLOSE").build()).json().getString("detail"));

        assertEquals(200, Disputes.act(mediator, id, Disputes.action("FOLLOW_UP").add("note", "回访：双方已履行协议。")).status());
        var closed = Disputes.act(handler, id, Disputes.action("CLOSE"));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("status"));
        assertEquals(List.of(), actions(closed.json()));
        assertEquals(List.of("FILE", "ASSIGN", "MEDIATE", "RESOLVE", "FOLLOW_UP", "CLOSE"), closed.json().getJsonArray("timeline")
                .getValuesAs(JsonObject.class).stream().map(step -> step.getString("action")).toList());
        assertEquals(409, Disputes.act(leader, id, Disputes.action("MEDIATE").add("note", "再调一次")).status(), "closed: nothing more");
    }

    @Test
    void aFailedMediationIsReferredAndEveryStepNeedsWhatItRecords() {
        String id = Disputes.file("劳务费拖欠纠纷", "LOW");
        ApiClient mediator = ApiClient.asDemo("lawyer-01");
        assertEquals(409, Disputes.act(mediator, id, Disputes.action("MEDIATE").add("note", "未指派就调解")).status(), "not assigned yet");
        var nobody = Disputes.act(ApiClient.asDemo("street-leader-a"), id, Disputes.action("ASSIGN").add("mediator", "volunteer-a"));
        assertEquals(400, nobody.status(), nobody.body());
        nobody.fieldError("mediator");
        Disputes.toMediation(id);

        var noReason = Disputes.act(mediator, id, Disputes.action("FAIL"));
        assertEquals(400, noReason.status(), noReason.body());
        noReason.fieldError("note");
        assertEquals(200, Disputes.act(mediator, id, Disputes.action("FAIL").add("note", "被申请方拒绝调解。")).status());
        assertEquals(409, Disputes.act(mediator, id, Disputes.action("RESOLVE").add("agreement", "晚了")).status(), "failed: refer, not resolve");
        var nowhere = Disputes.act(mediator, id, Disputes.action("REFER"));
        assertEquals(400, nowhere.status(), nowhere.body());
        nowhere.fieldError("referredTo");
        var referred = Disputes.act(mediator, id, Disputes.action("REFER").add("referredTo", "court"));
        assertEquals(200, referred.status(), referred.body());
        assertEquals("REFERRED", referred.json().getString("status"));
        assertEquals("COURT", referred.json().getString("referredTo"));
        assertEquals(List.of("FOLLOW_UP"), actions(referred.json()));
    }

    @Test
    void anotherStreetVolunteersAndSupervisorsAreKeptOutAndPhonesAreWholeOnlyForLeaders() {
        String id = Disputes.file("宅基地边界争执", "HIGH");
        String path = "/api/v1/disputes/" + id;

        assertEquals(PHONE, party(ApiClient.asDemo("street-leader-a").get(path).json()).getString("phone"));
        for (String below : List.of("handler-a", "lawyer-01")) {
            var seen = ApiClient.asDemo(below).get(path);
            assertEquals(200, seen.status(), below + ": " + seen.body());
            assertEquals("138****5678", party(seen.json()).getString("phone"), below);
            assertFalse(seen.body().contains(PHONE), below);
        }

        ApiClient otherStreet = ApiClient.asDemo("street-leader-b");
        assertEquals(404, otherStreet.get(path).status());
        assertEquals(404, Disputes.act(otherStreet, id, Disputes.action("ASSIGN").add("mediator", "lawyer-01")).status());
        assertEquals(403, otherStreet.get("/api/v1/disputes?areaCode=" + GRID).status());
        assertFalse(otherStreet.get("/api/v1/disputes?size=200").body().contains("\"id\":\"" + id + "\""));
        assertEquals(403, otherStreet.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "越界登记", "LOW").build()).status());

        ApiClient volunteer = ApiClient.asDemo("volunteer-a");
        assertEquals(404, volunteer.get(path).status());
        assertEquals(403, volunteer.get("/api/v1/disputes").status());
        assertEquals(403, volunteer.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "志愿者登记", "LOW").build()).status());
        ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        assertEquals(403, supervisor.get(path).status());
        assertEquals(403, supervisor.get("/api/v1/disputes").status());
        assertEquals(403, supervisor.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "监督员登记", "LOW").build()).status());

        var listed = ApiClient.asDemo("street-leader-a").get("/api/v1/disputes?areaCode=" + GRID + "&riskLevel=high&status=SCREENED&size=200");
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.json().getInt("total") >= 1, listed.body());
        assertTrue(listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(d -> d.getString("riskLevel").equals("HIGH") && d.getString("status").equals("SCREENED")), listed.body());
        assertTrue(listed.body().contains("\"id\":\"" + id + "\""), listed.body());
        assertFalse(listed.body().contains(PHONE), "no parties in lists");
    }

    @Test
    void searchFindsADisputeByItsWordsAndAgreementInScopeButNeverByItsParties() throws Exception {
        String marker = Portal.uniqueMarker();
        String id = Disputes.file("楼上漏水" + marker + "邻里纠纷", "MEDIUM");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        JsonObject found = SearchIT.searchUntilFound(leader, marker);
        assertEquals(1, found.getInt("total"), found.toString());
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertEquals("DISPUTE", hit.getString("kind"));
        assertEquals(id, hit.getString("id"), "the id /api/v1/disputes/{id} takes");
        assertEquals("SCREENED", hit.getString("status"));

        Disputes.toMediation(id);
        String agreed = Portal.uniqueMarker();
        var resolved = Disputes.act(ApiClient.asDemo("lawyer-01"), id, Disputes.action("RESOLVE").add("note", "达成协议")
                .add("agreement", "502住户负责维修防水层并赔偿402住户" + agreed + "装修损失。"));
        assertEquals(200, resolved.status(), resolved.body());
        JsonObject byAgreement = SearchIT.searchUntilFound(leader, agreed);
        assertEquals(1, byAgreement.getInt("total"), "the agreement is searchable once it is made");
        assertEquals("RESOLVED", byAgreement.getJsonArray("hits").getJsonObject(0).getString("status"));

        assertEquals(0, ApiClient.asDemo("street-leader-b").get("/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)).json().getInt("total"),
                "another street's leader finds nothing, not even a count");
        JsonObject byParty = leader.get("/api/v1/search?q=" + URLEncoder.encode("李建国", StandardCharsets.UTF_8)).json();
        assertTrue(byParty.getJsonArray("hits").getValuesAs(JsonObject.class).stream().noneMatch(h -> h.getString("id").equals(id)),
                "a party's name is not in the index: " + byParty);
    }

    @Test
    void aDisputeSubmissionBecomesOneDisputeLinkedBothWays() {
        var submitted = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "DISPUTE").add("category", "邻里纠纷")
                .add("areaCode", GRID).add("title", "邻居装修噪音纠纷").add("content", "楼上装修每天早七点开工，多次协商无果。")
                .add("urgency", "NORMAL").build());
        assertEquals(201, submitted.status(), submitted.body());
        String submission = submitted.json().getString("id");
        ApiClient handler = ApiClient.asDemo("handler-a");

        var turned = handler.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "邻居装修噪音纠纷", "LOW")
                .add("source", "SUBMISSION").add("sourceId", submission).build());
        assertEquals(201, turned.status(), turned.body());
        var dispute = handler.get("/api/v1/disputes/" + turned.json().getString("id")).json();
        assertEquals("SUBMISSION", dispute.getString("source"));
        assertEquals(submission, dispute.getString("sourceId"));
        var source = ApiClient.asDemo("street-leader-a").get("/api/v1/submissions/" + submission);
        assertEquals(turned.json().getString("number"), source.json().getJsonObject("dispute").getString("number"), source.body());
        assertFalse(ApiClient.asDemo("supervisor-a").get("/api/v1/submissions/" + submission).json().containsKey("dispute"),
                "the submitter sees the submission, not the dispute");

        var again = handler.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "再登记一次", "LOW")
                .add("source", "SUBMISSION").add("sourceId", submission).build());
        assertEquals(409, again.status(), again.body());
        var hazard = handler.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "不是纠纷", "LOW")
                .add("source", "SUBMISSION").add("sourceId", fileHazard()).build());
        assertEquals(400, hazard.status(), hazard.body());
        hazard.fieldError("sourceId");
    }

    @Test
    void aReferredConsultationBecomesADisputeShownOnItsEventsReport() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        Instant soon = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        var event = leader.post("/api/v1/legal-aid/events", Json.createObjectBuilder(LegalAidEvents.booth(soon))
                .add("areaCode", COMMUNITY).build());
        assertEquals(201, event.status(), event.body());
        String eventId = event.json().getString("id");
        var referred = leader.post("/api/v1/legal-aid/events/" + eventId + "/consultations", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("topic", "物业纠纷")
                .add("summary", "物业拒修漏水楼顶").add("outcome", "REFERRED").build());
        assertEquals(201, referred.status(), referred.body());

        var turned = leader.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), COMMUNITY, "物业拒修漏水楼顶", "MEDIUM")
                .add("kind", "物业纠纷").add("source", "consultation").add("sourceId", referred.json().getString("id")).build());
        assertEquals(201, turned.status(), turned.body());
        var report = leader.get("/api/v1/legal-aid/events/" + eventId + "/report");
        assertEquals(200, report.status(), report.body());
        assertEquals(turned.json().getString("number"),
                report.json().getJsonArray("referrals").getJsonObject(0).getString("disputeNumber"), report.body());
    }

    private static String fileHazard() {
        var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "HAZARD").add("category", "消防安全")
                .add("areaCode", GRID).add("title", "楼道堆物").add("content", "楼道堆放纸箱。").add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        return filed.json().getString("id");
    }

    private static JsonObject party(JsonObject dispute) {
        return dispute.getJsonArray("parties").getJsonObject(0);
    }

    private static List<String> actions(JsonObject dispute) {
        return dispute.getJsonArray("actions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
