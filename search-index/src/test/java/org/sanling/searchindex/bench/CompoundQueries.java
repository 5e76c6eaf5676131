package org.sanling.searchindex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sanling.searchindex.SearchRequest;

/**
 * The judged compound queries ({@code compound-queries.tsv}: 道路积水 made of 道路 and 积水 …), each
 * scoped in turn to the district, a street and a community like {@link BenchQueries}.
 */
final class CompoundQueries {

    /** A query as typed and the words a relevant document contains, each anywhere. */
    record Judged(SearchRequest request, List<String> words) {
    }

    private CompoundQueries() {
    }

    static List<Judged> read(AreaTree areas) {
        List<Judged> judged = new ArrayList<>();
        for (String line : lines()) {
            String[] columns = line.split("\t");
            SearchRequest request = SearchRequest.builder().query(columns[0]).scope(BenchQueries.scope(areas, judged.size())).page(0, 20).build();
            judged.add(new Judged(request, List.of(columns[1].split(" "))));
        }
        return judged;
    }

    private static List<String> lines() {
        try (InputStream in = CompoundQueries.class.getResourceAsStream("compound-queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
