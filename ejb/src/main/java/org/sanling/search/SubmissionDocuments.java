package org.sanling.search;

import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;
import org.sanling.supervision.Submission;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * How a submission appears in the search index. The citizen's name and phone never go in: search
 * results are seen by more people than may see them.
 */
public final class SubmissionDocuments {

    private static final String PREFIX = "S-";

    private SubmissionDocuments() {
    }

    public static String id(long submissionId) {
        return PREFIX + submissionId;
    }

    /** The submission's database id, if the index id is a submission's. */
    static OptionalLong submissionId(String documentId) {
        return DocumentIds.databaseId(PREFIX, documentId);
    }

    /**
     * The id clients use for an indexed document: a submission's database id (what
     * {@code /api/v1/submissions/{id}} takes), the index id itself for other kinds.
     */
    public static String apiId(String documentId) {
        return documentId.startsWith(PREFIX) ? documentId.substring(PREFIX.length()) : documentId;
    }

    public static SearchDocument of(Submission s, Instant now) {
        String content = s.getPlace() == null ? s.getContent() : s.getContent() + "\n" + s.getPlace();
        return new SearchDocument(id(s.getId()), DocumentKind.SUBMISSION, s.getNumber(), s.getTitle(), content,
                s.getArea().getCode(), s.getArea().getName(), s.getArea().lineage(), s.getType().name(),
                s.getCategory().getName(), s.getStatus().name(), s.getCreatedAt(), s.isOverdueAt(now),
                s.getVersion());
    }
}
