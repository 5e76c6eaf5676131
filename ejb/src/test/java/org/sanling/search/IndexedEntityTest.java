package org.sanling.search;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index's entities: ids read back only from their own kind's documents, outbox names read back exactly. */
class IndexedEntityTest {

    @Test
    void databaseIdsAreReadBackOnlyFromTheEntitysOwnDocuments() {
        assertEquals(OptionalLong.of(42), IndexedEntity.CONSULTATION.databaseId("C-42"));
        assertEquals(OptionalLong.empty(), IndexedEntity.CONSULTATION.databaseId("S-42"));
        assertEquals(OptionalLong.empty(), IndexedEntity.CONSULTATION.databaseId("C-x"));
        assertEquals(OptionalLong.of(42), IndexedEntity.SUBMISSION.databaseId(IndexedEntity.SUBMISSION.documentId(42)));
    }

    @Test
    void clientsSeeTheDatabaseIdOfSubmissionsAndDisputesAndTheIndexIdOfConsultations() {
        assertEquals("42", IndexedEntity.apiId("S-42"));
        assertEquals("42", IndexedEntity.apiId("D-42"));
        assertEquals("C-42", IndexedEntity.apiId("C-42"));
    }

    @Test
    void theOutboxNamesAreStoredNamesThatReadBackToTheirEntity() {
        assertEquals("submission", IndexedEntity.SUBMISSION.code());
        assertEquals("consultation", IndexedEntity.CONSULTATION.code());
        assertEquals("dispute", IndexedEntity.DISPUTE.code());
        for (IndexedEntity entity : IndexedEntity.values()) {
            assertEquals(Optional.of(entity), IndexedEntity.ofCode(entity.code()));
        }
        assertEquals(Optional.empty(), IndexedEntity.ofCode("patrol"), "a name this version does not index");
    }
}
