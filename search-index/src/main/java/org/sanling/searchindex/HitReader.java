package org.sanling.searchindex;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Turns Lucene's top documents into {@link SearchHit}s: stored fields plus a snippet each. */
final class HitReader {

    private final Snippets snippets;

    HitReader(Snippets snippets) {
        this.snippets = snippets;
    }

    /**
     * @param scored false when the hits were sorted by a field and their scores mean nothing
     */
    List<SearchHit> read(IndexSearcher searcher, ScoreDoc[] page, Query textQuery, boolean scored) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        String[] snippetOf = snippets.of(searcher, ContentHighlightQuery.of(textQuery), docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = IndexSchema.hitFields(stored, docIds[i]);
            hits.add(new SearchHit(
                    IndexSchema.string(doc, IndexSchema.ID),
                    IndexSchema.string(doc, IndexSchema.NUMBER),
                    DocumentKind.valueOf(IndexSchema.string(doc, IndexSchema.KIND)),
                    IndexSchema.string(doc, IndexSchema.TITLE),
                    snippetOf[i],
                    IndexSchema.string(doc, IndexSchema.AREA_CODE),
                    IndexSchema.string(doc, IndexSchema.AREA_NAME),
                    IndexSchema.string(doc, IndexSchema.STATUS),
                    Instant.ofEpochMilli(doc.getField(IndexSchema.CREATED).numericValue().longValue()),
                    scored ? page[i].score : Float.NaN,
                    IndexSchema.string(doc, IndexSchema.TYPE),
                    IndexSchema.string(doc, IndexSchema.CATEGORY)));
        }
        return hits;
    }
}
