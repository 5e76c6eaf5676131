package org.sanling.searchindex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.sanling.searchindex.BenchmarkProbe;
import org.sanling.searchindex.DocumentKind;
import org.sanling.searchindex.MonthTally;
import org.sanling.searchindex.Rebuild;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchHit;
import org.sanling.searchindex.SearchIndex;
import org.sanling.searchindex.SearchRequest;
import org.sanling.searchindex.SearchResult;
import org.sanling.searchindex.bench.LatencyMeter.Contender;

/**
 * Builds an index of synthetic documents mixed from real citizen messages (第八届泰迪杯数据挖掘挑战赛
 * C题 (TipDM, 2020)) and measures bulk indexing, index size, query latency (scope filter, exact
 * count, five facets and a highlighted top 20, on one and on two threads) and quality: recall of
 * the documents that literally contain every query word, and the share of such documents among the
 * top hits. A baseline of plain SmartChinese words with a prefix scope filter runs through the same
 * pipeline, so the two compare as ratios within one run. When PostgreSQL is reachable, the same
 * queries also run as {@code ILIKE} on the same rows ({@link PostgresIlike}), again taking turns with
 * ours.
 *
 * <p>System properties: {@code bench.docs} (100000), {@code bench.data} (path of citizen-messages.csv; by
 * default the repository's {@code data/citizen-messages.csv}, seen from the {@code search-index} module the
 * benchmark runs in, as {@code bench.dir}'s default is), {@code bench.dir} (folder for both indexes, emptied
 * first), {@code bench.rounds} (10 timed passes over the queries), {@code bench.seed}, {@code bench.baseline} (true),
 * {@code bench.reuse} (false; true keeps each index an earlier run with the same documents left
 * in {@code bench.dir} and builds only the missing ones, for trying query changes),
 * {@code bench.postgresql.url} (JDBC URL with credentials, {@value #DEFAULT_POSTGRESQL_URL} by default;
 * empty skips the comparison), {@code bench.postgresql.rounds} (5 timed passes, one thread).
 */
public final class SearchBenchmark {

    private static final int THREADS = 2;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int TOP = 20;
    private static final String DEFAULT_POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final List<SearchRequest> requests;

    private SearchBenchmark(List<SearchRequest> requests) {
        this.requests = requests;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.docs", 100_000);
        Path data = Path.of(System.getProperty("bench.data", "../data/citizen-messages.csv"));
        Path folder = Path.of(System.getProperty("bench.dir", "target/bench-index"));
        int rounds = Integer.getInteger("bench.rounds", 10);
        long seed = Long.getLong("bench.seed", 20_260_426L);
        boolean baseline = Boolean.parseBoolean(System.getProperty("bench.baseline", "true"));

        AreaTree areas = new AreaTree();
        SyntheticCorpus corpus = new SyntheticCorpus(CitizenMessages.read(data), areas, seed);
        long start = System.nanoTime();
        SearchDocument[] documents = generate(corpus, count);
        System.out.printf("generated %,d documents from %s in %.1f s (seed %d, %d cores, max heap %d MiB)%n",
                count, data.getFileName(), seconds(start), seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        if (!Boolean.getBoolean("bench.reuse")) {
            IOUtils.rm(folder);
        }
        try (SearchIndex index = SearchIndex.open(folder.resolve("index"));
                BenchmarkProbe probe = new BenchmarkProbe(index, folder.resolve("baseline"))) {
            if (index.documentCount() == 0) {
                rebuild("ours", index, documents, Rebuild::add);
            }
            long size = sizeOf(folder.resolve("index"));
            System.out.printf("index size on disk: %.1f MiB (%d bytes/document)%n", size / 1048576.0, size / count);
            verificationReads(index);
            SearchBenchmark benchmark = new SearchBenchmark(BenchQueries.requests(areas));
            benchmark.quality("ours", documents, probe::matches, index::search);
            List<CompoundQueries.Judged> compounds = CompoundQueries.read(areas);
            compoundQuality("ours", documents, compounds, probe::matches, index::search);
            Contender ours = new Contender("ours", index::search);
            List<Contender> contenders = new ArrayList<>(List.of(ours));
            if (baseline) {
                if (probe.baselineIndex().documentCount() == 0) {
                    rebuild("baseline", probe.baselineIndex(), documents, probe::addToBaseline);
                }
                benchmark.quality("baseline", documents, probe::baselineMatches, probe::baselineSearch);
                compoundQuality("baseline", documents, compounds, probe::baselineMatches, probe::baselineSearch);
                contenders.add(new Contender("baseline", probe::baselineSearch));
            }
            LatencyMeter meter = new LatencyMeter(benchmark.requests, rounds);
            for (int threads = 1; threads <= THREADS; threads++) {
                meter.warmUp(contenders, WARM_UP_ROUNDS);
                List<Latencies> latencies = meter.measure(threads, contenders);
                if (baseline) {
                    System.out.printf("ratio ours/baseline, %d thread%s: %s%n", threads, threads == 1 ? "" : "s",
                            latencies.get(0).ratioTo(latencies.get(1)));
                }
            }
            List<SearchRequest> compoundRequests = compounds.stream().map(CompoundQueries.Judged::request).toList();
            LatencyMeter compoundMeter = new LatencyMeter(compoundRequests, rounds);
            compoundMeter.warmUp(contenders, WARM_UP_ROUNDS);
            System.out.println("compound queries:");
            List<Latencies> compoundLatencies = compoundMeter.measure(1, contenders);
            if (baseline) {
                System.out.printf("ratio ours/baseline, compound queries, 1 thread: %s%n", compoundLatencies.get(0).ratioTo(compoundLatencies.get(1)));
            }
            Optional<PostgresIlike> postgres = PostgresIlike.connect(System.getProperty("bench.postgresql.url", DEFAULT_POSTGRESQL_URL));
            if (postgres.isPresent()) {
                try (PostgresIlike ilike = postgres.get()) {
                    benchmark.compareWithIlike(documents, ours, ilike, Integer.getInteger("bench.postgresql.rounds", 5));
                }
            }
        }
    }

    /**
     * Loads the documents into PostgreSQL, checks that ILIKE finds exactly the literal matches, then
     * times it against our search on one thread, the two taking turns on every query, per scope level
     * and over all queries.
     */
    private void compareWithIlike(SearchDocument[] documents, Contender ours, PostgresIlike ilike, int ilikeRounds) throws Exception {
        long start = System.nanoTime();
        ilike.load(documents);
        System.out.printf("PostgreSQL: loaded %,d rows with COPY and indexed them in %.1f s%n", documents.length, seconds(start));
        int agreeing = 0;
        // This pass also warms PostgreSQL up; ours is warm from the runs before.
        for (SearchRequest request : requests) {
            long rows = ilike.search(request);
            int literal = literalMatches(documents, request).cardinality();
            if (rows == literal) {
                agreeing++;
            } else {
                System.out.printf("  %s@%s: ILIKE %d rows, literal scan %d%n", request.query(), request.scopeAreaCode(), rows, literal);
            }
        }
        System.out.printf("PostgreSQL ILIKE counts agree with the literal scan on %d of %d queries%n", agreeing, requests.size());
        List<Contender> contenders = List.of(ours, new Contender("PostgreSQL ILIKE", ilike::search));
        // By scope level, since PostgreSQL narrows a street or a community by its area code index
        // before it scans, and the district's queries scan everything: the overall median falls
        // between the levels and says little on its own.
        Map<String, List<SearchRequest>> byLevel = requests.stream().collect(
                Collectors.groupingBy(request -> AreaTree.levelOf(request.scopeAreaCode()), LinkedHashMap::new, Collectors.toList()));
        Latencies oursAll = Latencies.of(new long[0]);
        Latencies ilikeAll = Latencies.of(new long[0]);
        for (Map.Entry<String, List<SearchRequest>> level : byLevel.entrySet()) {
            System.out.println("scope " + level.getKey() + ":");
            List<Latencies> latencies = new LatencyMeter(level.getValue(), ilikeRounds).measure(1, contenders);
            printIlikeRatio("scope " + level.getKey(), latencies.get(0), latencies.get(1));
            oursAll = oursAll.with(latencies.get(0));
            ilikeAll = ilikeAll.with(latencies.get(1));
        }
        System.out.printf("latency ours, all scopes, 1 thread: %s%n", oursAll);
        System.out.printf("latency PostgreSQL ILIKE, all scopes, 1 thread: %s%n", ilikeAll);
        printIlikeRatio("all scopes", oursAll, ilikeAll);
    }

    private static void printIlikeRatio(String queries, Latencies ours, Latencies ilike) {
        System.out.printf("ratio ours/PostgreSQL ILIKE, %s, 1 thread: %s (ILIKE takes %.0f times as long at p50)%n",
                queries, ours.ratioTo(ilike), ilike.p50() / ours.p50());
    }

    private interface Search {
        SearchResult run(SearchRequest request) throws IOException;
    }

    private interface Matches {
        BitSet of(SearchRequest request) throws IOException;
    }

    private static SearchDocument[] generate(SyntheticCorpus corpus, int count) throws Exception {
        SearchDocument[] documents = new SearchDocument[count];
        inParallel(i -> documents[i] = corpus.document(i), count);
        return documents;
    }

    private interface Adder {
        void add(Rebuild rebuild, SearchDocument document) throws IOException;
    }

    private static void rebuild(String name, SearchIndex index, SearchDocument[] documents, Adder adder) throws Exception {
        long start = System.nanoTime();
        try (Rebuild rebuild = index.beginRebuild()) {
            inParallel(i -> adder.add(rebuild, documents[i]), documents.length);
            double adding = seconds(start);
            long swapStart = System.nanoTime();
            rebuild.commitAndSwap(documents.length);
            System.out.printf("rebuild %s with %d threads: %,d documents in %.1f s, %,.0f documents/s (adding %.1f s, commit and swap %.1f s)%n",
                    name, THREADS, documents.length, seconds(start), documents.length / seconds(start), adding, seconds(swapStart));
        }
    }

    private interface IndexedTask {
        void run(int i) throws Exception;
    }

    /** Runs {@code task} for 0 … count-1 on {@link #THREADS} threads. */
    private static void inParallel(IndexedTask task, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.run(i);
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Recall: share of the documents in scope that literally contain every query word which the
     * search matches. Precision: share of literal matches among the first min(20, literal matches)
     * hits, so a query with few literal matches is not blamed for filling its page with looser ones.
     */
    private void quality(String name, SearchDocument[] documents, Matches matches, Search search) throws IOException {
        long literalTotal = 0;
        long found = 0;
        double precisionSum = 0;
        int fewerThanTop = 0;
        List<String> lowest = new ArrayList<>();
        for (SearchRequest request : requests) {
            BitSet literal = literalMatches(documents, request);
            BitSet matched = matches.of(request);
            BitSet foundHere = (BitSet) literal.clone();
            foundHere.and(matched);
            literalTotal += literal.cardinality();
            found += foundHere.cardinality();
            int judged = Math.min(TOP, literal.cardinality());
            List<SearchHit> hits = search.run(request).hits();
            long relevant = hits.stream().limit(judged).filter(hit -> literal.get(Integer.parseInt(hit.id()))).count();
            double precision = judged == 0 ? 1 : (double) relevant / judged;
            precisionSum += precision;
            if (judged < TOP) {
                fewerThanTop++;
            }
            double recall = literal.isEmpty() ? 1 : (double) foundHere.cardinality() / literal.cardinality();
            if (recall < 0.99 || precision < 0.97) {
                lowest.add(String.format("%s@%s literal %d matched %d recall %.3f precision %.2f",
                        request.query(), request.scopeAreaCode(), literal.cardinality(), matched.cardinality(), recall, precision));
            }
        }
        System.out.printf("%s: recall %.4f of %,d literal matches, mean precision@20 %.3f (%d queries have fewer than 20 literal matches)%n",
                name, (double) found / literalTotal, literalTotal, precisionSum / requests.size(), fewerThanTop);
        lowest.forEach(line -> System.out.println("  " + line));
    }

    /**
     * Against word-level truth (the documents in scope whose title or content contains every word of
     * the query, each anywhere): recall, precision of the first min(20, relevant) hits, how often the
     * first hit contains the query as written when some document does, and the recall of those
     * literal matches; beside them the substring baseline, the documents that contain the query as
     * written (what ILIKE '%query%' returns), which has precision 1 by construction.
     */
    private static void compoundQuality(String name, SearchDocument[] documents, List<CompoundQueries.Judged> judged,
            Matches matches, Search search) throws IOException {
        long relevantTotal = 0;
        long found = 0;
        long literalTotal = 0;
        long literalFound = 0;
        double precisionSum = 0;
        int withPhrase = 0;
        int phraseFirst = 0;
        List<String> lowest = new ArrayList<>();
        for (CompoundQueries.Judged query : judged) {
            SearchRequest request = query.request();
            BitSet relevant = wordLevelTruth(documents, request.scopeAreaCode(), query.words());
            BitSet literal = wordLevelTruth(documents, request.scopeAreaCode(), List.of(request.query()));
            BitSet matched = matches.of(request);
            BitSet foundHere = (BitSet) relevant.clone();
            foundHere.and(matched);
            BitSet literalHere = (BitSet) literal.clone();
            literalHere.and(matched);
            relevantTotal += relevant.cardinality();
            found += foundHere.cardinality();
            literalTotal += literal.cardinality();
            literalFound += literalHere.cardinality();
            List<SearchHit> hits = search.run(request).hits();
            int judgedHits = Math.min(TOP, relevant.cardinality());
            long good = hits.stream().limit(judgedHits).filter(hit -> relevant.get(Integer.parseInt(hit.id()))).count();
            double precision = judgedHits == 0 ? 1 : (double) good / judgedHits;
            precisionSum += precision;
            boolean first = true;
            if (!literal.isEmpty()) {
                withPhrase++;
                first = !hits.isEmpty() && literal.get(Integer.parseInt(hits.get(0).id()));
                phraseFirst += first ? 1 : 0;
            }
            double recall = relevant.isEmpty() ? 1 : (double) foundHere.cardinality() / relevant.cardinality();
            if (recall < 0.99 || precision < 0.97 || !first) {
                lowest.add(String.format("%s@%s relevant %d literal %d matched %d recall %.3f precision %.2f phrase first %s",
                        request.query(), request.scopeAreaCode(), relevant.cardinality(), literal.cardinality(),
                        matched.cardinality(), recall, precision, first));
            }
        }
        System.out.printf("%s, %d compound queries: recall %.4f of %,d word-level matches, mean precision@20 %.3f, "
                        + "exact phrase first in %d of %d queries that have one, recall %.4f of %,d literal matches%n",
                name, judged.size(), (double) found / relevantTotal, relevantTotal, precisionSum / judged.size(),
                phraseFirst, withPhrase, (double) literalFound / literalTotal, literalTotal);
        System.out.printf("substring baseline (ILIKE '%%query%%'), %d compound queries: recall %.4f of word-level matches%n",
                judged.size(), (double) literalTotal / relevantTotal);
        lowest.forEach(line -> System.out.println("  " + line));
    }

    /** The documents in scope whose title or content contains each of {@code words}, each anywhere. */
    private static BitSet wordLevelTruth(SearchDocument[] documents, String scope, List<String> words) {
        String[] all = words.toArray(String[]::new);
        BitSet truth = new BitSet(documents.length);
        for (int i = 0; i < documents.length; i++) {
            if (documents[i].areaPath().contains(scope) && containsAll(documents[i], all)) {
                truth.set(i);
            }
        }
        return truth;
    }

    private static BitSet literalMatches(SearchDocument[] documents, SearchRequest request) {
        return wordLevelTruth(documents, request.scopeAreaCode(), List.of(BenchQueries.words(request)));
    }

    private static boolean containsAll(SearchDocument document, String[] words) {
        for (String word : words) {
            if (!document.title().contains(word) && !document.content().contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** What the nightly index verification reads from the index: every month's tally of a kind, then one month's stamps. */
    private static void verificationReads(SearchIndex index) throws IOException {
        for (int round = 1; round <= 3; round++) { // the first round warms up
            long start = System.nanoTime();
            SortedMap<YearMonth, MonthTally> tallies = index.tallies(DocumentKind.SUBMISSION);
            double tallying = seconds(start);
            YearMonth busiest = tallies.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.comparingLong(MonthTally::count)))
                    .orElseThrow().getKey();
            start = System.nanoTime();
            int stamps = index.stamps(DocumentKind.SUBMISSION, busiest).size();
            System.out.printf("verification reads, round %d: tallies of %,d submissions in %d months %.0f ms; stamps of %s (%,d) %.0f ms%n",
                    round, tallies.values().stream().mapToLong(MonthTally::count).sum(), tallies.size(), tallying * 1000,
                    busiest, stamps, seconds(start) * 1000);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
