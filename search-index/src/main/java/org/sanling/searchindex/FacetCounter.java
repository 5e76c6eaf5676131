package org.sanling.searchindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Counts matching documents and their facet values straight from doc values: per segment into an
 * array indexed by ordinal, then each non-zero ordinal is turned into its value once. Needs no
 * side index and no per-reader state, so it works the same on a freshly refreshed NRT reader.
 *
 * <p>Area children of the scope {@code S} are the values {@code S/child} of the area edges; they
 * sort together, so one ordinal range per segment selects them.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

    private static final FacetDimension[] SINGLE_VALUED = {
        FacetDimension.TYPE, FacetDimension.CATEGORY, FacetDimension.STATUS, FacetDimension.MONTH
    };

    private final String areaPrefix;

    /** @param scopeAreaCode the area whose children are counted, or null for the root areas */
    FacetCounter(String scopeAreaCode) {
        this.areaPrefix = IndexSchema.areaEdge(scopeAreaCode, "");
    }

    /** Total matches and the facet values of each dimension, ordered as {@link SearchResult} states. */
    record Counts(long total, Map<FacetDimension, List<FacetValue>> facets) {
    }

    @Override
    public Counting newCollector() {
        return new Counting(areaPrefix);
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) throws IOException {
        Map<FacetDimension, Map<String, Integer>> merged = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            merged.put(dimension, new HashMap<>());
        }
        long total = 0;
        for (Counting collector : collectors) {
            total += collector.total;
            for (LeafCounts leaf : collector.leaves) {
                leaf.addTo(merged);
            }
        }
        Map<FacetDimension, List<FacetValue>> facets = new EnumMap<>(FacetDimension.class);
        merged.forEach((dimension, counts) -> facets.put(dimension, sorted(counts)));
        return new Counts(total, facets);
    }

    private static List<FacetValue> sorted(Map<String, Integer> counts) {
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> values.add(new FacetValue(key, count)));
        values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::key));
        return List.copyOf(values);
    }

    /** Collects one search (all its segments); not thread-safe, as Lucene uses one per thread. */
    static final class Counting implements Collector {
        private final String areaPrefix;
        private final List<LeafCounts> leaves = new ArrayList<>();
        private long total;

        Counting(String areaPrefix) {
            this.areaPrefix = areaPrefix;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCounts leaf = new LeafCounts(context, areaPrefix);
            leaves.add(leaf);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counting needs no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    leaf.collect(doc);
                }
            };
        }
    }

    /** Counts by ordinal within one segment. */
    private static final class LeafCounts {
        private final SortedDocValues[] singleValues = new SortedDocValues[SINGLE_VALUED.length];
        private final int[][] singleCounts = new int[SINGLE_VALUED.length][];
        private final SortedSetDocValues areaEdges;
        private final long firstChild;
        private final int[] childCounts;
        private final String areaPrefix;

        LeafCounts(LeafReaderContext context, String areaPrefix) throws IOException {
            this.areaPrefix = areaPrefix;
            for (int i = 0; i < SINGLE_VALUED.length; i++) {
                singleValues[i] = DocValues.getSorted(context.reader(), field(SINGLE_VALUED[i]));
                singleCounts[i] = new int[singleValues[i].getValueCount()];
            }
            areaEdges = DocValues.getSortedSet(context.reader(), IndexSchema.AREA_EDGES);
            firstChild = insertionPoint(areaEdges, areaPrefix);
            childCounts = new int[(int) (insertionPoint(areaEdges, afterPrefix(areaPrefix)) - firstChild)];
        }

        void collect(int doc) throws IOException {
            for (int i = 0; i < singleValues.length; i++) {
                if (singleValues[i].advanceExact(doc)) {
                    singleCounts[i][singleValues[i].ordValue()]++;
                }
            }
            if (childCounts.length > 0 && areaEdges.advanceExact(doc)) {
                for (int i = 0; i < areaEdges.docValueCount(); i++) {
                    long child = areaEdges.nextOrd() - firstChild;
                    if (child >= 0 && child < childCounts.length) {
                        childCounts[(int) child]++;
                    }
                }
            }
        }

        void addTo(Map<FacetDimension, Map<String, Integer>> merged) throws IOException {
            for (int i = 0; i < SINGLE_VALUED.length; i++) {
                Map<String, Integer> counts = merged.get(SINGLE_VALUED[i]);
                for (int ord = 0; ord < singleCounts[i].length; ord++) {
                    if (singleCounts[i][ord] > 0) {
                        counts.merge(singleValues[i].lookupOrd(ord).utf8ToString(), singleCounts[i][ord], Integer::sum);
                    }
                }
            }
            Map<String, Integer> areas = merged.get(FacetDimension.AREA);
            for (int child = 0; child < childCounts.length; child++) {
                if (childCounts[child] > 0) {
                    String edge = areaEdges.lookupOrd(firstChild + child).utf8ToString();
                    areas.merge(edge.substring(areaPrefix.length()), childCounts[child], Integer::sum);
                }
            }
        }

        private static long insertionPoint(SortedSetDocValues values, String key) throws IOException {
            long ord = values.lookupTerm(new BytesRef(key));
            return ord >= 0 ? ord : -ord - 1;
        }

        /** The smallest string greater than every string that starts with {@code prefix}. */
        private static String afterPrefix(String prefix) {
            char last = prefix.charAt(prefix.length() - 1);
            return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
        }

        private static String field(FacetDimension dimension) {
            return switch (dimension) {
                case TYPE -> IndexSchema.TYPE;
                case CATEGORY -> IndexSchema.CATEGORY;
                case STATUS -> IndexSchema.STATUS;
                case MONTH -> IndexSchema.MONTH;
                case AREA -> IndexSchema.AREA_EDGES;
            };
        }
    }
}
