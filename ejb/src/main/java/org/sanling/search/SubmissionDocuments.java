package org.sanling.search;

import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;
import org.sanling.supervision.Submission;

import java.time.Instant;

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

    /** The submission's database id for an index id, or empty when the id is not a submission's. */
    public static java.util.OptionalLong submissionId(String documentId) {
        return documentId.startsWith(PREFIX)
                ? java.util.OptionalLong.of(Long.parseLong(documentId.substring(PREFIX.length())))
                : java.util.OptionalLong.empty();
    }

    public static SearchDocument of(Submission s, Instant now) {
        String content = s.getPlace() == null ? s.getContent() : s.getContent() + "\n" + s.getPlace();
        return new SearchDocument(id(s.getId()), DocumentKind.SUBMISSION, s.getNumber(), s.getTitle(), content,
                s.getArea().getCode(), s.getArea().getName(), s.getArea().lineage(), s.getType().name(),
                s.getCategory().getName(), s.getStatus().name(), s.getCreatedAt(), s.isOverdueAt(now));
    }
}
