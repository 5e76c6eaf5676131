package org.sanling.searchindex;

import static org.sanling.searchindex.Docs.ids;
import static org.sanling.searchindex.Docs.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that start each case from an empty index and add the documents it needs. */
abstract class EmptyIndexTest {

    @TempDir
    Path folder;
    SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    /** The ids of the first page of hits of {@code text}. */
    Set<String> found(String text) throws IOException {
        return Set.copyOf(ids(index.search(query(text))));
    }

    /** Adds the documents and makes them searchable. */
    void add(SearchDocument... documents) throws IOException {
        index.upsertAll(List.of(documents));
        index.refresh();
    }
}
