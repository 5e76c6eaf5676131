package org.sanling.web.rest.json;

import jakarta.json.bind.Jsonb;
import org.junit.jupiter.api.Test;
import org.sanling.supervision.SubmissionAction;
import org.sanling.supervision.Urgency;
import org.sanling.web.i18n.FieldError;
import org.sanling.web.i18n.Messages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's JSON settings with the real Yasson: enums in any case, and failures that name the field. */
class UnreadableRequestsTest {

    public record Step(SubmissionAction action, String note) {
    }

    public record Plan(Urgency urgency, List<Step> steps, Step first, java.util.UUID clientId) {
    }

    private final Jsonb jsonb = new JsonSettings().getContext(Plan.class);

    @Test
    void enumeratedValuesAreReadInAnyCaseAndWrittenInUpperCase() {
        Plan plan = jsonb.fromJson("{\"urgency\":\"urgent\",\"steps\":[{\"action\":\"Accept\"}],\"first\":{\"action\":\" dispatch \"}}", Plan.class);

        assertEquals(Urgency.URGENT, plan.urgency());
        assertEquals(SubmissionAction.ACCEPT, plan.steps().get(0).action());
        assertEquals(SubmissionAction.DISPATCH, plan.first().action());
        assertTrue(jsonb.toJson(plan).contains("\"action\":\"ACCEPT\""), jsonb.toJson(plan));
    }

    @Test
    void anUnknownValueNamesItsFieldAndTheAllowedValuesInTheCallersLanguage() {
        FieldError zh = errorOf("{\"first\":{\"action\":\"approve\"}}", Messages.CHINESE);
        FieldError en = errorOf("{\"first\":{\"action\":\"approve\"}}", Messages.ENGLISH);

        assertEquals("first.action", zh.field());
        assertTrue(zh.message().startsWith("“approve”不是 first.action 的有效值，可选：ACCEPT（受理）、"), zh.message());
        assertEquals("first.action", en.field());
        assertTrue(en.message().startsWith("\"approve\" is not a valid value for first.action; allowed: ACCEPT ("), en.message());
        for (SubmissionAction action : SubmissionAction.values()) {
            assertTrue(en.message().contains(action.name()), en.message());
        }
    }

    @Test
    void anEnumInsideAListIsNamedByTheListsField() {
        assertEquals("steps.action", errorOf("{\"steps\":[{\"action\":\"accept\"},{\"action\":\"nope\"}]}", Messages.ENGLISH).field());
    }

    @Test
    void aNumberWhereAnEnumIsExpectedIsAnUnknownValue() {
        FieldError error = errorOf("{\"urgency\":3}", Messages.ENGLISH);

        assertEquals("urgency", error.field());
        assertTrue(error.message().contains("\"3\""), error.message());
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        FieldError error = errorOf("{\"steps\":\"none\"}", Messages.ENGLISH);

        assertEquals("steps", error.field());
        assertEquals("steps has the wrong type or format.", error.message());
    }

    @Test
    void aMalformedUuidNamesItsField() {
        assertEquals("clientId", errorOf("{\"clientId\":\"5\"}", Messages.ENGLISH).field());
        assertEquals("clientId", errorOf("{\"clientId\":5}", Messages.ENGLISH).field());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        FieldError error = errorOf("{\n  \"urgency\": \"URGENT\",,\n}", Messages.CHINESE);

        assertTrue(error.message().startsWith("请求内容不是有效的 JSON（第 2 行第 "), error.message());
    }

    @Test
    void aQueryParameterIsNamedByItsAnnotation() throws Exception {
        var converter = new EnumParamConverters().getConverter(SubmissionAction.class, SubmissionAction.class,
                UnreadableRequestsTest.class.getDeclaredMethod("queried", SubmissionAction.class).getParameterAnnotations()[0]);

        assertEquals(SubmissionAction.REJECT, converter.fromString("reject"));
        var unknown = assertThrows(UnknownEnumValueException.class, () -> converter.fromString("later"));
        assertEquals("status", UnreadableRequests.fieldErrors(unknown, Messages.ENGLISH).get(0).field());
    }

    @SuppressWarnings("unused")
    private void queried(@jakarta.ws.rs.QueryParam("status") SubmissionAction status) {
    }

    private FieldError errorOf(String json, java.util.Locale locale) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> jsonb.fromJson(json, Plan.class));
        assertTrue(UnreadableRequests.isUnreadable(failure), failure.toString());
        List<FieldError> errors = UnreadableRequests.fieldErrors(failure, locale);
        assertEquals(1, errors.size(), failure.toString());
        return errors.get(0);
    }
}
