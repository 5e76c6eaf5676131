package org.sanling.searchindex;

import java.time.Instant;
import java.util.Objects;

/**
 * "More like this": documents similar to an indexed document or to a draft not yet indexed, e.g. to
 * spot a duplicate submission while it is being written. Create one with {@link #toDocument} or
 * {@link #toDraft}, then narrow it with the {@code with…} methods.
 *
 * @param documentId    the document to compare with (it is never among the results), or null for
 *                      a draft
 * @param draftTitle    the draft's title when {@code documentId} is null, else null
 * @param draftContent  the draft's content when {@code documentId} is null, else null
 * @param scopeAreaCode only documents in this area or below; null means no restriction, so the
 *                      caller passes the user's scope whenever the user has one
 * @param areaCode      additionally only documents in this area or below (e.g. the draft's own
 *                      community), or null
 * @param since         only documents created at or after this instant, or null
 * @param kind          only documents of this kind, or null for every kind
 * @param limit         how many documents at most, 1 to {@value SearchRequest#MAX_SIZE}
 */
public record SimilarRequest(
        String documentId,
        String draftTitle,
        String draftContent,
        String scopeAreaCode,
        String areaCode,
        Instant since,
        DocumentKind kind,
        int limit) {

    /** Checks the contract above. */
    public SimilarRequest {
        if (documentId == null) {
            Objects.requireNonNull(draftTitle, "draftTitle");
            Objects.requireNonNull(draftContent, "draftContent");
        } else if (draftTitle != null || draftContent != null) {
            throw new IllegalArgumentException("give either a document id or a draft, not both");
        }
        if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("limit must be 1.." + SearchRequest.MAX_SIZE + ": " + limit);
        }
    }

    /** Documents like the indexed document {@code id}; nothing when no such document exists. */
    public static SimilarRequest toDocument(String id, int limit) {
        return new SimilarRequest(Objects.requireNonNull(id, "id"), null, null, null, null, null, null, limit);
    }

    /** Documents like a draft; {@code title} and {@code content} are not null (may be empty). */
    public static SimilarRequest toDraft(String title, String content, int limit) {
        return new SimilarRequest(null, title, content, null, null, null, null, limit);
    }

    /** The same request restricted to the user's scope (null: none). */
    public SimilarRequest withScope(String scopeAreaCode) {
        return new SimilarRequest(documentId, draftTitle, draftContent, scopeAreaCode, areaCode, since, kind, limit);
    }

    /** The same request restricted to an area (null: none). */
    public SimilarRequest withArea(String areaCode) {
        return new SimilarRequest(documentId, draftTitle, draftContent, scopeAreaCode, areaCode, since, kind, limit);
    }

    /** The same request restricted to documents created at or after {@code since} (null: none). */
    public SimilarRequest withSince(Instant since) {
        return new SimilarRequest(documentId, draftTitle, draftContent, scopeAreaCode, areaCode, since, kind, limit);
    }

    /** The same request restricted to documents of one kind (null: every kind). */
    public SimilarRequest withKind(DocumentKind kind) {
        return new SimilarRequest(documentId, draftTitle, draftContent, scopeAreaCode, areaCode, since, kind, limit);
    }
}
