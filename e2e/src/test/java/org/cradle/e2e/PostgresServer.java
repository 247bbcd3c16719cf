package org.cradle.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL server Cradle is pointed at, the way an organisation's own would be: a separate server
 * process, with a database and an unprivileged login of its own for Cradle (owner of its database, not
 * a superuser). It can be stopped and started again on the same data and port, as an outage would.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "cradle";
    static final String USER = "cradle_app";
    static final String PASSWORD = "e2e-only-password";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private PostgresServer(Path dataDirectory, int port, EmbeddedPostgres server) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.server = server;
    }

    static PostgresServer start(Path dataDirectory) throws IOException, SQLException {
        // Left over by a suite that was killed.
        deleteRecursively(dataDirectory);
        int port = Ports.free();
        EmbeddedPostgres server = launch(dataDirectory, port);
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
        return new PostgresServer(dataDirectory, port, server);
    }

    private static EmbeddedPostgres launch(Path dataDirectory, int port) throws IOException {
        // An existing cluster (a restart) is started as it is; initdb runs only for a new one.
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    long count(String table) throws SQLException {
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs statements in Cradle's database as the server's superuser, as a data load would. */
    void execute(String sql) throws SQLException {
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The one number a query answers. */
    long number(String sql) throws SQLException {
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Stops the server (pg_ctl stop, fast: sessions are ended), keeping its data. */
    synchronized void stop() throws IOException {
        server.close();
    }

    /** Starts the stopped server again on the same data and port, as after an outage. */
    synchronized void startAgain() throws IOException {
        server = launch(dataDirectory, port);
    }

    /** Stops the server for good and removes its data. */
    @Override
    public synchronized void close() throws IOException {
        server.close();
        deleteRecursively(dataDirectory);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
