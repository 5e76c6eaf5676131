package org.sanling.searchindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.sanling.searchindex.bench.AreaTree;
import org.sanling.searchindex.bench.BenchQueries;
import org.sanling.searchindex.bench.Latencies;

/**
 * Where the time of a search goes, on an index the search benchmark built. First, our {@link FacetCounter} against
 * lucene-facet's doc-values counting ({@link StringValueFacetCounts},
 * the way lucene-facet counts plain doc-values fields without a taxonomy), and one pass for the top hits and the
 * facets together against two: each of the fifty benchmark queries runs as a search does (top 20, best first,
 * newest among equals, plus the five facets), the three ways taking turns on every query in shuffled passes on
 * one thread. First checks that both count the same, then prints both latencies, their ratio, and what
 * lucene-facet must redo at every refresh of the index (its per-reader ordinal maps). Then, for a few queries
 * over the whole district ({@code bench.breakdown}, by default the slowest of the benchmark), the median of each
 * part alone: counting the matches, the top hits by score alone, by score then newest, the facets alone, and the
 * whole search, in one pass (as {@code SearchExecutor} does) or in two (the top hits, which may skip what cannot
 * enter them, then the facets, which need every match).
 *
 * <pre>
 * java … -Dbench.dir=target/bench-index-1m org.sanling.searchindex.SearchCostBenchmark
 * </pre>
 */
public final class SearchCostBenchmark {

    private static final Sort BEST_THEN_NEWEST =
            new Sort(SortField.FIELD_SCORE, LongField.newSortField(IndexSchema.CREATED, true, SortedNumericSelector.Type.MAX));
    private static final String[] FIELDS = {IndexSchema.TYPE, IndexSchema.CATEGORY, IndexSchema.STATUS, IndexSchema.MONTH, IndexSchema.AREA_EDGES};
    private static final FacetDimension[] DIMENSIONS = {FacetDimension.TYPE, FacetDimension.CATEGORY, FacetDimension.STATUS, FacetDimension.MONTH, FacetDimension.AREA};
    private static final int TOP = 20;

    private SearchCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-index")).resolve("index");
        int rounds = Integer.getInteger("bench.rounds", 10);
        List<SearchRequest> requests = BenchQueries.requests(new AreaTree());
        List<Query> queries = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(root)) {
            for (SearchRequest request : requests) {
                queries.add(index.query(request));
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new IndexGenerations(root).current()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long start = System.nanoTime();
            List<StringDocValuesReaderState> states = new ArrayList<>();
            for (String field : FIELDS) {
                states.add(new StringDocValuesReaderState(reader, field));
            }
            System.out.printf("%,d documents in %d segments; lucene-facet's ordinal maps for the five fields took %.1f ms to build%n",
                    reader.numDocs(), reader.leaves().size(), (System.nanoTime() - start) / 1e6);

            for (int i = 0; i < queries.size(); i++) {
                Map<FacetDimension, Map<String, Integer>> ours = ours(searcher, queries.get(i), requests.get(i).scopeAreaCode());
                Map<FacetDimension, Map<String, Integer>> theirs = luceneFacet(searcher, states, queries.get(i), requests.get(i).scopeAreaCode());
                if (!ours.equals(theirs)) {
                    throw new IllegalStateException("the counters disagree on " + requests.get(i).query() + ": " + ours + " against " + theirs);
                }
            }
            System.out.println("both counters give the same counts for all " + queries.size() + " queries");

            List<Way> ways = List.of(
                    new Way("one pass, our FacetCounter", (query, scope) -> ours(searcher, query, scope)),
                    new Way("one pass, lucene-facet counting", (query, scope) -> luceneFacet(searcher, states, query, scope)),
                    new Way("two passes, our FacetCounter", (query, scope) -> {
                        searcher.search(query, new TopFieldCollectorManager(BEST_THEN_NEWEST, TOP, TOP));
                        return searcher.search(query, new FacetCounter(scope));
                    }));
            long[][] nanos = new long[ways.size()][queries.size() * rounds];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                order.add(i);
            }
            Random random = new Random(7);
            for (int round = -3; round < rounds; round++) { // three passes to warm up
                Collections.shuffle(order, random);
                for (int n = 0; n < order.size(); n++) {
                    int i = order.get(n);
                    for (int w = 0; w < ways.size(); w++) {
                        long began = System.nanoTime();
                        ways.get(w).search().run(queries.get(i), requests.get(i).scopeAreaCode());
                        if (round >= 0) {
                            nanos[w][round * order.size() + n] = System.nanoTime() - began;
                        }
                    }
                }
            }
            Latencies first = Latencies.of(nanos[0]);
            for (int w = 0; w < ways.size(); w++) {
                Latencies latencies = Latencies.of(nanos[w]);
                System.out.printf("%-32s %s; ratio to the first: %s%n", ways.get(w).name() + ":", latencies, latencies.ratioTo(first));
            }

            for (String text : System.getProperty("bench.breakdown", "开发商,噪音扰民,公交,施工噪音").split(",")) {
                breakDown(searcher, root, text, rounds * 4);
            }
        }
    }

    /** The median of each part of one district-wide search, the parts taking turns. */
    private static void breakDown(IndexSearcher searcher, Path root, String text, int rounds) throws Exception {
        Query query;
        try (SearchIndex index = SearchIndex.open(root)) {
            query = index.query(SearchRequest.builder().query(text).build());
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("count", () -> searcher.count(query));
        parts.put("top by score", () -> searcher.search(query, new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE)));
        parts.put("top by score, then newest", () -> searcher.search(query, new TopFieldCollectorManager(BEST_THEN_NEWEST, TOP, TOP)));
        parts.put("facets", () -> searcher.search(query, new FacetCounter(null)));
        parts.put("whole search in one pass", () -> searcher.search(query,
                new MultiCollectorManager(new TopFieldCollectorManager(BEST_THEN_NEWEST, TOP, TOP), new FacetCounter(null))));
        parts.put("whole search in two passes", () -> {
            searcher.search(query, new TopFieldCollectorManager(BEST_THEN_NEWEST, TOP, TOP));
            return searcher.search(query, new FacetCounter(null));
        });
        Map<String, long[]> nanos = new LinkedHashMap<>();
        parts.keySet().forEach(name -> nanos.put(name, new long[rounds]));
        for (int round = -3; round < rounds; round++) {
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                long start = System.nanoTime();
                part.getValue().run();
                if (round >= 0) {
                    nanos.get(part.getKey())[round] = System.nanoTime() - start;
                }
            }
        }
        StringBuilder line = new StringBuilder(String.format("%s over the district, %,d matches, medians:", text, searcher.count(query)));
        nanos.forEach((name, times) -> line.append(String.format(" %s %.2f ms;", name, Latencies.of(times).p50())));
        System.out.println(line);
    }

    private interface Search {
        Object run(Query query, String scope) throws Exception;
    }

    private record Way(String name, Search search) {
    }

    private interface Part {
        Object run() throws Exception;
    }

    private static Map<FacetDimension, Map<String, Integer>> ours(IndexSearcher searcher, Query query, String scope) throws Exception {
        Object[] results = searcher.search(query, new MultiCollectorManager(new TopFieldCollectorManager(BEST_THEN_NEWEST, TOP, TOP), new FacetCounter(scope)));
        FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
        Map<FacetDimension, Map<String, Integer>> byDimension = new HashMap<>();
        counts.facets().forEach((dimension, values) -> {
            Map<String, Integer> map = new HashMap<>();
            values.forEach(value -> map.put(value.key(), value.count()));
            byDimension.put(dimension, map);
        });
        return byDimension;
    }

    private static Map<FacetDimension, Map<String, Integer>> luceneFacet(IndexSearcher searcher, List<StringDocValuesReaderState> states,
            Query query, String scope) throws Exception {
        Object[] results = searcher.search(query, new MultiCollectorManager(new TopFieldCollectorManager(BEST_THEN_NEWEST, TOP, TOP), new FacetsCollectorManager()));
        FacetsCollector matches = (FacetsCollector) results[1];
        String areaPrefix = IndexSchema.areaEdge(scope, "");
        Map<FacetDimension, Map<String, Integer>> byDimension = new HashMap<>();
        for (int d = 0; d < FIELDS.length; d++) {
            FacetResult result = new StringValueFacetCounts(states.get(d), matches).getAllChildren(FIELDS[d]);
            Map<String, Integer> map = new HashMap<>();
            for (LabelAndValue value : result.labelValues) {
                if (DIMENSIONS[d] != FacetDimension.AREA) {
                    map.put(value.label, value.value.intValue());
                } else if (value.label.startsWith(areaPrefix)) {
                    map.put(value.label.substring(areaPrefix.length()), value.value.intValue());
                }
            }
            byDimension.put(DIMENSIONS[d], map);
        }
        return byDimension;
    }
}
