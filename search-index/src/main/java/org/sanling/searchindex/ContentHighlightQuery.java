package org.sanling.searchindex;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * What the highlighter should look for in the content: every phrase and term of the text query on
 * the content field, as one flat disjunction, leaving out excluded words. Giving the highlighter
 * the whole scoring query (boosts, title clauses, proximity of compound words) made highlighting
 * twenty hits cost more than finding them; the words of a compound are marked wherever they
 * appear in the passage.
 */
final class ContentHighlightQuery {

    private ContentHighlightQuery() {
    }

    static Query of(Query textQuery) {
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        textQuery.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return IndexSchema.CONTENT.equals(field);
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof IntervalQuery) {
                    // The words of a compound are phrases of their own; their proximity query
                    // would only add their character pairs one by one.
                    return;
                }
                if (query instanceof PhraseQuery || query instanceof TermQuery) {
                    anyOf.add(query, Occur.SHOULD);
                } else {
                    for (Term term : terms) {
                        anyOf.add(new TermQuery(term), Occur.SHOULD);
                    }
                }
            }
        });
        BooleanQuery query = anyOf.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("nothing to highlight") : query;
    }
}
