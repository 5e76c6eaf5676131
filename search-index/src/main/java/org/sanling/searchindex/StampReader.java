package org.sanling.searchindex;

import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the ids, months and stamps of documents from doc values alone, leaf by leaf, without loading
 * stored fields or making objects per document beyond what the caller keeps. Documents without an id in
 * doc values (written before stamps were indexed) are skipped.
 */
final class StampReader {

    private StampReader() {
    }

    static SortedMap<YearMonth, MonthTally> tallies(IndexSearcher searcher, DocumentKind kind) throws IOException {
        Map<YearMonth, long[]> sums = new HashMap<>();
        read(searcher, ofKind(kind), (id, month, stamp) -> {
            long[] sum = sums.computeIfAbsent(month, m -> new long[2]);
            sum[0]++;
            sum[1] += MonthTally.digest(id.bytes, id.offset, id.length, stamp);
        });
        SortedMap<YearMonth, MonthTally> tallies = new TreeMap<>();
        sums.forEach((month, sum) -> tallies.put(month, new MonthTally(sum[0], sum[1])));
        return tallies;
    }

    static Map<String, Long> stamps(IndexSearcher searcher, DocumentKind kind, YearMonth month) throws IOException {
        long from = month.atDay(1).atStartOfDay(SearchDocument.MONTH_ZONE).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(SearchDocument.MONTH_ZONE).toInstant().toEpochMilli();
        Query query = new BooleanQuery.Builder()
                .add(ofKind(kind), Occur.FILTER)
                .add(LongField.newRangeQuery(IndexSchema.CREATED, from, to - 1), Occur.FILTER)
                .build();
        Map<String, Long> stamps = new HashMap<>();
        read(searcher, query, (id, docMonth, stamp) -> stamps.put(id.utf8ToString(), stamp));
        return stamps;
    }

    private static Query ofKind(DocumentKind kind) {
        return new TermQuery(new Term(IndexSchema.KIND, kind.name()));
    }

    private interface Visitor {
        /** {@code id} is valid during the call only. */
        void visit(BytesRef id, YearMonth month, long stamp);
    }

    private static void read(IndexSearcher searcher, Query query, Visitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
            SortedDocValues months = DocValues.getSorted(leaf.reader(), IndexSchema.MONTH);
            NumericDocValues stamps = DocValues.getNumeric(leaf.reader(), IndexSchema.STAMP);
            YearMonth[] monthOfOrd = new YearMonth[months.getValueCount()];
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live != null && !live.get(doc)) || !ids.advanceExact(doc) || !months.advanceExact(doc)) {
                    continue;
                }
                int ord = months.ordValue();
                if (monthOfOrd[ord] == null) {
                    monthOfOrd[ord] = YearMonth.parse(months.lookupOrd(ord).utf8ToString());
                }
                long stamp = stamps.advanceExact(doc) ? stamps.longValue() : 0;
                visitor.visit(ids.lookupOrd(ids.ordValue()), monthOfOrd[ord], stamp);
            }
        }
    }
}
