package org.sanling.searchindex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * What the benchmark needs from inside the package: every matching document (for recall), and a
 * baseline index like the one measured elsewhere — title and content as SmartChinese words only,
 * scope as a prefix filter on the area code — searched through the same collection, facets and
 * highlighting as the real index. Documents of the benchmark have numeric ids.
 */
public final class BenchmarkProbe implements AutoCloseable {

    private static final String CONTENT_WORDS = "content_words";

    private final SearchIndex index;
    private final SearchIndex baseline;
    private final Analyzer words = new SmartChineseAnalyzer();

    /** @param baselineFolder where the baseline index is built, emptied first */
    public BenchmarkProbe(SearchIndex index, Path baselineFolder) throws IOException {
        this.index = index;
        this.baseline = SearchIndex.open(baselineFolder);
    }

    /**
     * Adds a document to the baseline index under construction. The baseline also holds the real
     * fields, since facets and highlighting read them, but its queries never touch the literal ones.
     */
    public void addToBaseline(Rebuild rebuild, SearchDocument document) throws IOException {
        Document doc = IndexSchema.toDocument(document);
        doc.add(new TextField(CONTENT_WORDS, words.tokenStream(CONTENT_WORDS, document.content())));
        rebuild.add(doc);
    }

    public SearchIndex baselineIndex() {
        return baseline;
    }

    /** Numeric ids of every document the real search matches. */
    public BitSet matches(SearchRequest request) throws IOException {
        return collectIds(index, index.query(request));
    }

    /** Numeric ids of every document the baseline matches. */
    public BitSet baselineMatches(SearchRequest request) throws IOException {
        return collectIds(baseline, baselineQuery(request));
    }

    /** The baseline search; hits are highlighted with the real text query, so that work is the same. */
    public SearchResult baselineSearch(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Query highlight = index.query(SearchRequest.builder().query(request.query()).build());
        return baseline.search(highlight, baselineQuery(request), request, Optional.empty(), start);
    }

    private Query baselineQuery(SearchRequest request) {
        QueryParser parser = new MultiFieldQueryParser(new String[] {IndexSchema.TITLE_WORDS, CONTENT_WORDS}, words);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query text;
        try {
            text = parser.parse(request.query());
        } catch (ParseException e) {
            throw new IllegalArgumentException("benchmark queries are well formed: " + request.query(), e);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (request.scopeAreaCode() != null) {
            // Codes nest by prefix, so the prefix of the scope's code selects its subtree.
            query.add(new PrefixQuery(new Term(IndexSchema.AREA, request.scopeAreaCode())), Occur.FILTER);
        }
        return query.build();
    }

    private static BitSet collectIds(SearchIndex target, Query query) throws IOException {
        return target.withSearcher(searcher -> {
            BitSet ids = new BitSet();
            searcher.search(query, new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    StoredFields stored = context.reader().storedFields();
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                            // ids only
                        }

                        @Override
                        public void collect(int doc) throws IOException {
                            ids.set(Integer.parseInt(stored.document(doc).get(IndexSchema.ID)));
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return ids;
        });
    }

    @Override
    public void close() throws IOException {
        baseline.close();
        words.close();
    }
}
