package org.sanling.supervision;

import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;

import java.time.Instant;

/**
 * How a submission appears in the search index. The citizen's name and phone never go in: search
 * results are seen by more people than may see them.
 */
final class SubmissionDocuments {

    private SubmissionDocuments() {
    }

    static SearchDocument of(Submission s, Instant now) {
        String content = s.getPlace() == null ? s.getContent() : s.getContent() + "\n" + s.getPlace();
        return new SearchDocument(IndexedEntity.SUBMISSION.documentId(s.getId()), DocumentKind.SUBMISSION, s.getNumber(),
                s.getTitle(), content, s.getArea().getCode(), s.getArea().getName(), s.getArea().lineage(),
                s.getType().name(), s.getCategory().getName(), s.getStatus().name(), s.getCreatedAt(), s.isOverdueAt(now),
                s.getVersion());
    }
}
