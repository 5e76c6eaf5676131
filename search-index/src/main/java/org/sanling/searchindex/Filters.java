package org.sanling.searchindex;

import java.time.Instant;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Non-scoring restrictions, added as {@link Occur#FILTER} clauses so they narrow matches, counts and
 * facets alike and are cached by Lucene's query cache. A scope is a single exact term, because
 * every document indexes each code of its area path.
 */
final class Filters {

    private final BooleanQuery.Builder clauses = new BooleanQuery.Builder();

    /** Starts from {@code query} (the part that scores). */
    Filters(Query query) {
        clauses.add(query, Occur.MUST);
    }

    Filters exact(String field, String value) {
        if (value != null) {
            clauses.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
        return this;
    }

    Filters area(String areaCode) {
        return exact(IndexSchema.AREA, areaCode);
    }

    /** Created in {@code [from, to)}; either end may be null. */
    Filters created(Instant from, Instant to) {
        if (from != null || to != null) {
            long lower = from == null ? Long.MIN_VALUE : ceilingMillis(from);
            long upper = to == null ? Long.MAX_VALUE : ceilingMillis(to) - 1;
            clauses.add(LongField.newRangeQuery(IndexSchema.CREATED, lower, upper), Occur.FILTER);
        }
        return this;
    }

    /** The first whole millisecond at or after {@code instant}: the index keeps milliseconds. */
    private static long ceilingMillis(Instant instant) {
        return instant.toEpochMilli() + (instant.getNano() % 1_000_000 == 0 ? 0 : 1);
    }

    Query build() {
        return clauses.build();
    }

    /** The text query restricted by every filter of {@code request}. */
    static Query of(Query text, SearchRequest request) {
        return new Filters(text)
                .area(request.scopeAreaCode())
                .exact(IndexSchema.KIND, request.kind() == null ? null : request.kind().name())
                .exact(IndexSchema.TYPE, request.type())
                .exact(IndexSchema.CATEGORY, request.category())
                .exact(IndexSchema.STATUS, request.status())
                .exact(IndexSchema.OVERDUE, request.overdue() == null ? null : request.overdue().toString())
                .created(request.from(), request.to())
                .build();
    }
}
