package org.sanling.searchindex.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sanling.searchindex.SearchDocument;
import org.sanling.searchindex.SearchRequest;

/**
 * The benchmark's queries as PostgreSQL answers them without a search index: the same generated rows
 * in a scratch table, every query word as {@code ILIKE '%word%'} on title or content, the scope as a
 * prefix of the area code (codes extend their parent's). Like the Lucene search, each query counts its
 * matches and the five facets (one scan, with GROUPING SETS) and fetches a page of 20. Relevance has
 * no counterpart in SQL, so the page is the newest 20 ({@code ORDER BY created DESC LIMIT 20}), and
 * there are no snippets. The table has B-tree indexes on the area code and on the creation time, and
 * no trigram index: most queries are two characters, which a trigram index cannot narrow.
 *
 * <p>The table is UNLOGGED (faster to load, read the same way) and dropped on {@link #close()}. Not
 * thread-safe: one connection.
 */
final class PostgresIlike implements AutoCloseable {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(SearchDocument.MONTH_ZONE);
    private static final int CODE_DIGITS_PER_LEVEL = 3;

    private final Connection connection;
    /** Named after the process, so that two benchmarks on one database do not meet. */
    private final String table = "sanling_bench_ilike_" + ProcessHandle.current().pid();

    private PostgresIlike(Connection connection) {
        this.connection = connection;
    }

    /** Connects, or explains on standard output why the comparison is skipped and returns empty. */
    static Optional<PostgresIlike> connect(String url) {
        if (url == null || url.isBlank()) {
            System.out.println("PostgreSQL ILIKE comparison skipped: bench.postgresql.url is empty");
            return Optional.empty();
        }
        try {
            DriverManager.setLoginTimeout(5);
            return Optional.of(new PostgresIlike(DriverManager.getConnection(url)));
        } catch (SQLException e) {
            System.out.println("PostgreSQL ILIKE comparison skipped: cannot connect to " + url + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Creates the scratch table and copies the documents into it, with the ids as row ids. */
    void load(SearchDocument[] documents) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE UNLOGGED TABLE " + table + " (id integer PRIMARY KEY, title text NOT NULL,"
                    + " content text NOT NULL, area_code text NOT NULL, type text, category text, status text NOT NULL,"
                    + " month text NOT NULL, created timestamptz NOT NULL)");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
        try {
            for (SearchDocument document : documents) {
                byte[] row = copyRow(document).getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(row, 0, row.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE INDEX ON " + table + " (area_code text_pattern_ops)");
            ddl.execute("CREATE INDEX ON " + table + " (created)");
            ddl.execute("ANALYZE " + table);
        }
    }

    /** One line of COPY's text format. */
    private static String copyRow(SearchDocument d) {
        return String.join("\t", d.id(), copyField(d.title()), copyField(d.content()), copyField(d.areaCode()),
                copyField(d.type()), copyField(d.category()), copyField(d.status()), MONTH.format(d.createdAt()),
                d.createdAt().toString()) + "\n";
    }

    private static String copyField(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * Runs the query: count and facets of the matches in scope, then the newest 20 of them.
     *
     * @param request a benchmark query; its scope must be set
     * @return the number of matches
     */
    long search(SearchRequest request) throws SQLException {
        String[] words = BenchQueries.words(request);
        String matches = "FROM " + table + " WHERE area_code LIKE ?"
                + " AND (title ILIKE ? OR content ILIKE ?)".repeat(words.length);
        long total = -1;
        try (PreparedStatement counts = connection.prepareStatement(
                "SELECT GROUPING(child, type, category, status, month) = 31, count(*) FROM ("
                        + "SELECT left(area_code, ?) AS child, type, category, status, month " + matches
                        + ") m GROUP BY GROUPING SETS ((), (child), (type), (category), (status), (month))")) {
            counts.setInt(1, request.scopeAreaCode().length() + CODE_DIGITS_PER_LEVEL);
            bind(counts, 2, request.scopeAreaCode(), words);
            try (ResultSet rows = counts.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(1)) {
                        total = rows.getLong(2);
                    }
                }
            }
        }
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT id, title, created " + matches + " ORDER BY created DESC LIMIT 20")) {
            bind(page, 1, request.scopeAreaCode(), words);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2); // a client reads the page it asked for
                }
            }
        }
        return total;
    }

    private static void bind(PreparedStatement statement, int first, String scope, String[] words) throws SQLException {
        int parameter = first;
        statement.setString(parameter++, scope + "%");
        for (String word : words) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            statement.setString(parameter++, pattern);
            statement.setString(parameter++, pattern);
        }
    }

    /** Drops the scratch table and disconnects. */
    @Override
    public void close() throws SQLException {
        try (connection; Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
