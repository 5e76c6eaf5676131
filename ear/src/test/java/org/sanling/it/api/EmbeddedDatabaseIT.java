package org.sanling.it.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded H2 database, opened with the default URL the server is configured with, stays open when
 * a thread using it is interrupted. Quartz interrupts its cluster and misfire threads whenever the portal
 * stops; with H2's plain file channel an interrupt during a read closed the database for every later
 * deployment of the running server.
 */
class EmbeddedDatabaseIT {

    private static final Path SERVER_CONFIGURATION = Path.of("src/main/wildfly/configure.cli");
    private static final Pattern DEFAULT_URL = Pattern.compile("\\$\\{env\\.POSTGRESQL_URL:(jdbc:h2:[^\"]*)}\"");
    private static final int ROWS = 5_000;

    @Test
    void interruptingAThreadThatReadsLeavesTheDatabaseOpen(@TempDir Path dataDir) throws Exception {
        // A small cache, so that the reads go to the file as they do in a database larger than its cache.
        String url = serverDefaultUrl().replace("${jboss.server.data.dir}", dataDir.toString()) + ";CACHE_SIZE=1024";
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(1000))");
            statement.execute("INSERT INTO note SELECT \"X\", REPEAT('路灯不亮', 200) FROM SYSTEM_RANGE(1, " + ROWS + ")");
        } // closing the last connection writes the rows to the file and closes the database

        // Both connections stay open throughout, as pooled connections do in the server.
        try (Connection pooled = DriverManager.getConnection(url, "sa", "sa");
             Connection readers = DriverManager.getConnection(url, "sa", "sa")) {
            AtomicReference<SQLException> failure = new AtomicReference<>();
            Thread reader = new Thread(() -> readAtRandomFor2s(readers, failure), "interrupted-reader");
            reader.start();
            int interrupts = 0;
            while (reader.isAlive()) {
                reader.interrupt();
                interrupts++;
                Thread.onSpinWait();
            }

            assertNull(failure.get(), "reads under interrupts");
            assertTrue(interrupts > 1000, "the reader was interrupted while it read: " + interrupts);
            try (ResultSet count = pooled.createStatement().executeQuery("SELECT COUNT(*) FROM note")) {
                count.next();
                assertEquals(ROWS, count.getInt(1), "the database is still open, with every row");
            }
        }
    }

    private static String serverDefaultUrl() throws IOException {
        Matcher url = DEFAULT_URL.matcher(Files.readString(SERVER_CONFIGURATION));
        assertTrue(url.find(), "the SanlingDS default H2 URL in " + SERVER_CONFIGURATION);
        return url.group(1);
    }

    private static void readAtRandomFor2s(Connection connection, AtomicReference<SQLException> failure) {
        long until = System.nanoTime() + 2_000_000_000L;
        try (PreparedStatement read = connection.prepareStatement("SELECT body FROM note WHERE id = ?")) {
            while (System.nanoTime() < until) {
                read.setInt(1, ThreadLocalRandom.current().nextInt(1, ROWS + 1));
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                }
            }
        } catch (SQLException e) {
            failure.set(e);
        }
    }
}
