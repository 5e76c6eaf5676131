package org.sanling.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongFunction;

/** The entities the search index holds: the outbox's entity type of each, and its documents' ids. */
enum IndexedEntity {
    SUBMISSION(SearchOutbox.SUBMISSION, SubmissionDocuments::id),
    CONSULTATION(SearchOutbox.CONSULTATION, ConsultationDocuments::id);

    private final String entityType;
    private final LongFunction<String> documentId;

    IndexedEntity(String entityType, LongFunction<String> documentId) {
        this.entityType = entityType;
        this.documentId = documentId;
    }

    /** The indexed entity an outbox row names; empty for entities the index does not hold. */
    static Optional<IndexedEntity> of(String entityType) {
        return Arrays.stream(values()).filter(e -> e.entityType.equals(entityType)).findFirst();
    }

    /** The index id of the entity with this database id. */
    String documentId(long id) {
        return documentId.apply(id);
    }
}
