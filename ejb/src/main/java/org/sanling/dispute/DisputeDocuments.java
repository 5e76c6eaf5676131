package org.sanling.dispute;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanling.area.Area;
import org.sanling.search.IndexedEntity;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.SearchDocument;

/**
 * How a dispute appears in the search index: its title, description and agreement, under its kind, in its
 * area (so a leader's scope filters it like a submission), with its status. The parties' names and phones
 * never go in, nor who mediates: search results are seen by more people than may see them.
 */
final class DisputeDocuments {

    private DisputeDocuments() {
    }

    static SearchDocument of(Dispute d) {
        Area area = d.getArea();
        String content = Stream.of(d.getDescription(), d.getAgreement()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        return new SearchDocument(IndexedEntity.DISPUTE.documentId(d.getId()), DocumentKind.DISPUTE, d.getNumber(),
                d.getTitle(), content, area.getCode(), area.getName(), area.lineage(), null, d.getKind().getName(),
                d.getStatus().name(), d.getCreatedAt(), false, d.getVersion());
    }
}
