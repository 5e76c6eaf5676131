package org.sanling.search;

import org.sanling.searchindex.DocumentKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The entities the search index holds: the outbox's entity type of each, its documents' kind and ids, and
 * how to read each row's id, stamp ({@link org.sanling.searchindex.SearchDocument#stamp()}, as its documents
 * carry it) and creation time in JPQL, for {@link IndexVerifier}.
 */
enum IndexedEntity {
    SUBMISSION(SearchOutbox.SUBMISSION, DocumentKind.SUBMISSION, SubmissionDocuments::id, SubmissionDocuments::submissionId,
            "select e.id, e.version, e.createdAt from Submission e"),
    CONSULTATION(SearchOutbox.CONSULTATION, DocumentKind.CONSULTATION, ConsultationDocuments::id,
            ConsultationDocuments::consultationId,
            "select e.id, " + ConsultationDocuments.STAMP + "L, e.createdAt from Consultation e");

    private final String entityType;
    private final DocumentKind kind;
    private final LongFunction<String> documentId;
    private final Function<String, OptionalLong> databaseId;
    private final String stampQuery;

    IndexedEntity(String entityType, DocumentKind kind, LongFunction<String> documentId,
                  Function<String, OptionalLong> databaseId, String stampQuery) {
        this.entityType = entityType;
        this.kind = kind;
        this.documentId = documentId;
        this.databaseId = databaseId;
        this.stampQuery = stampQuery;
    }

    /** The indexed entity an outbox row names; empty for entities the index does not hold. */
    static Optional<IndexedEntity> of(String entityType) {
        return Arrays.stream(values()).filter(e -> e.entityType.equals(entityType)).findFirst();
    }

    DocumentKind kind() {
        return kind;
    }

    /** The index id of the entity with this database id. */
    String documentId(long id) {
        return documentId.apply(id);
    }

    /** The database id behind an index id of this entity's documents; empty for another kind's. */
    OptionalLong databaseId(String documentId) {
        return databaseId.apply(documentId);
    }

    /** JPQL selecting each row's id, stamp and creation time, as {@code e}: add a where clause on {@code e}. */
    String stampQuery() {
        return stampQuery;
    }
}
