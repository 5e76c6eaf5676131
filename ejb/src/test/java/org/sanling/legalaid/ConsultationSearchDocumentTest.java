package org.sanling.legalaid;

import org.junit.jupiter.api.Test;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A consultation in the search index: found by its words in the event's area, never with the citizen's data. */
class ConsultationSearchDocumentTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");
    private final Area district = Area.district("410702", "红旗区");
    private final Area street = district.newChild(1, "西街街道", AreaKind.STREET);
    private final Area community = street.newChild(1, "梦萦小区", AreaKind.COMMUNITY);
    private final Account lawyer = new Account("lawyer-01", "李律师", "13800000001", community, Set.of(Role.VOLUNTEER),
            "hash", Instant.EPOCH);
    private final LegalTopic property = new LegalTopic("物业纠纷", "Property management", 5);
    private final LegalAidEvent event = new LegalAidEvent(EventKind.INFO_BOOTH, "普法宣传进社区", "梦萦小区文化广场", community,
            now, now.plus(Duration.ofHours(2)), List.of(property), null, lawyer, now.minus(Duration.ofDays(3)));

    /** The id the database would give: generated, so it has no setter. */
    private static void setId(Consultation consultation, long id) {
        try {
            Field field = Consultation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(consultation, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Consultation consultation(long id, String summary, Outcome outcome, String citizenName, String citizenPhone) {
        Consultation c = new Consultation(event, UUID.randomUUID(), lawyer, property, summary, outcome, citizenName,
                citizenPhone, null, now.plus(Duration.ofMinutes(30)));
        setId(c, id);
        return c;
    }

    @Test
    void aConsultationIsFoundByTopicSummaryAndEventInTheEventsAreaWithItsOutcomeAsStatus() {
        SearchDocument document = ConsultationDocuments.of(consultation(42, "楼顶漏水物业拒修", Outcome.REFERRED, null, null));

        assertEquals("C-42", document.id());
        assertEquals(DocumentKind.CONSULTATION, document.kind());
        assertEquals("物业纠纷：楼顶漏水物业拒修", document.title());
        assertEquals("楼顶漏水物业拒修\n普法宣传进社区\n梦萦小区文化广场", document.content());
        assertEquals(community.getCode(), document.areaCode());
        assertEquals("梦萦小区", document.areaName());
        assertEquals(List.of("410702", "410702001", "410702001001"), document.areaPath());
        assertEquals("物业纠纷", document.category());
        assertNull(document.type());
        assertNull(document.number());
        assertEquals("REFERRED", document.status());
        assertEquals(now.plus(Duration.ofMinutes(30)), document.createdAt());
        assertFalse(document.overdue());
    }

    @Test
    void withoutASummaryTheTopicIsTheTitle() {
        SearchDocument document = ConsultationDocuments.of(consultation(7, null, Outcome.ANSWERED, null, null));

        assertEquals("物业纠纷", document.title());
        assertEquals("普法宣传进社区\n梦萦小区文化广场", document.content());
    }

    @Test
    void theCitizensNameAndPhoneAndWhoLoggedItNeverGoIn() throws ReflectiveOperationException {
        SearchDocument document = ConsultationDocuments.of(consultation(8, "继承纠纷咨询", Outcome.ANSWERED, "王秀英", "13912345678"));

        StringBuilder indexed = new StringBuilder();
        for (RecordComponent component : SearchDocument.class.getRecordComponents()) {
            indexed.append(component.getAccessor().invoke(document)).append('|');
        }
        for (String personal : List.of("王秀英", "13912345678", "5678", "李律师", "lawyer-01", "13800000001")) {
            assertFalse(indexed.toString().contains(personal), personal + " is in " + indexed);
        }
    }
}
