package org.sanling.searchindex;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "More like this" over the SmartChinese words of the title and the character pairs of the content.
 * The most distinctive terms by tf-idf make the query, so common ones (办理, 问题, …) fall out
 * without a stop list. Thread-safe.
 */
final class SimilarDocuments {

    /** Enough distinctive words to characterise a message of a few sentences. */
    private static final int MAX_QUERY_TERMS = 25;

    private final Analyzer analyzer;
    private final HitReader hits;

    /** @param analyzer the index's per-field analyzer */
    SimilarDocuments(Analyzer analyzer, HitReader hits) {
        this.analyzer = analyzer;
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
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setAnalyzer(analyzer);
        moreLikeThis.setFieldNames(new String[] {IndexSchema.TITLE_WORDS, IndexSchema.CONTENT});
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMinDocFreq(1);
        // Single characters say little about a message; this keeps only words and bigrams.
        moreLikeThis.setMinWordLen(2);
        moreLikeThis.setMaxQueryTerms(MAX_QUERY_TERMS);
        moreLikeThis.setBoost(true);
        Map<String, Collection<Object>> text = Map.of(
                IndexSchema.TITLE_WORDS, List.of(title),
                IndexSchema.CONTENT, List.of(content));
        Query like = moreLikeThis.like(text);
        if (like instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
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
