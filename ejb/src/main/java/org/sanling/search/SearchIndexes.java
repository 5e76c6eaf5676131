package org.sanling.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.sanling.platform.Settings;
import org.sanling.searchindex.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * This node's search index, open while the application runs: in {@code SANLING_INDEX_DIR}, by default
 * {@code <server data dir>/sanling/index}. Each node keeps its own index, fed from the shared outbox.
 * The index is thread-safe, so callers share it without container locking.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexes {

    private SearchIndex index;

    @PostConstruct
    void open() {
        Path root = Settings.get("SANLING_INDEX_DIR").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "sanling", "index"));
        try {
            index = SearchIndex.open(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + root, e);
        }
    }

    public SearchIndex index() {
        return index;
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
