package org.sanling.searchindex;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "More like this": documents that share the most distinctive words of a document or a draft, the
 * words matched as a search matches them ({@link DraftWords}). Thread-safe.
 */
final class SimilarDocuments {

    private final DraftWords words;
    private final HitReader hits;

    SimilarDocuments(DraftWords words, HitReader hits) {
        this.words = words;
        this.hits = hits;
    }

    List<SearchHit> find(IndexSearcher searcher, SimilarRequest request) throws IOException {
        String title = request.draftTitle();
        String content = request.draftContent();
        if (request.documentId() != null) {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexSchema.ID, request.documentId())), 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            Document source = searcher.storedFields().document(found.scoreDocs[0].doc);
            title = source.get(IndexSchema.TITLE);
            content = source.get(IndexSchema.CONTENT);
        }
        Query like = words.like(searcher.getIndexReader(), title + "\n" + content);
        if (like == null) {
            return List.of();
        }
        BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(like, Occur.MUST);
        if (request.documentId() != null) {
            restricted.add(new TermQuery(new Term(IndexSchema.ID, request.documentId())), Occur.MUST_NOT);
        }
        Query query = new Filters(restricted.build())
                .area(request.scopeAreaCode())
                .area(request.areaCode())
                .exact(IndexSchema.KIND, request.kind() == null ? null : request.kind().name())
                .created(request.since(), null)
                .build();
        TopDocs top = searcher.search(query, request.limit());
        return hits.read(searcher, top.scoreDocs, new MatchNoDocsQuery(), true);
    }
}
