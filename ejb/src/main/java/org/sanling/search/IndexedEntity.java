package org.sanling.search;

import org.sanling.searchindex.DocumentKind;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The entities the search index holds, named in the outbox ({@link #code()}) and in the index (their documents'
 * {@link #kind()}, and ids made of a prefix and the database id, e.g. {@code S-42}). Which feature supplies each
 * one's documents is up to that feature: its {@link DocumentSource}. An entity here without a source fails the
 * indexer's first run loudly ({@link DocumentSources}) rather than leaving its documents out.
 */
public enum IndexedEntity {
    SUBMISSION("submission", DocumentKind.SUBMISSION, "S-"),
    CONSULTATION("consultation", DocumentKind.CONSULTATION, "C-"),
    DISPUTE("dispute", DocumentKind.DISPUTE, "D-");

    private final String code;
    private final DocumentKind kind;
    private final String prefix;

    IndexedEntity(String code, DocumentKind kind, String prefix) {
        this.code = code;
        this.kind = kind;
        this.prefix = prefix;
    }

    /** The indexed entity an outbox row names; empty for a name this version does not index. */
    static Optional<IndexedEntity> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    /** How the outbox names it (column {@code search_outbox.entity_type}): stored, so never renamed. */
    String code() {
        return code;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The index id of the entity with this database id. */
    public String documentId(long id) {
        return prefix + id;
    }

    /** The database id behind an index id of this entity's documents; empty for another kind's. */
    public OptionalLong databaseId(String documentId) {
        if (!documentId.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(documentId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The id clients use for an indexed document: the database id of a submission or a dispute (what
     * {@code /api/v1/submissions/{id}} and {@code /api/v1/disputes/{id}} take), the index id itself for a
     * consultation, which has no resource of its own.
     */
    public static String apiId(String documentId) {
        for (IndexedEntity withResource : List.of(SUBMISSION, DISPUTE)) {
            OptionalLong id = withResource.databaseId(documentId);
            if (id.isPresent()) {
                return Long.toString(id.getAsLong());
            }
        }
        return documentId;
    }
}
