package org.stepahead.adapter.out.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;

/**
 * Test support: the databases the JDBC store is tested on — H2 in memory, H2 in a file under {@code target/}, and a
 * real PostgreSQL started by the tests themselves (once per JVM, data under {@code target/}), or the server named
 * by {@code STEPAHEAD_TEST_PG_URL}. Each call gives a fresh, empty database.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    /** A fresh H2 database in memory that lives as long as the JVM, so it can be closed and opened again. */
    public static String h2InMemoryLocation() {
        return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public static String h2FileLocation() {
        return h2Directory().toString();
    }

    public static String embeddedPostgresLocation() {
        return freshDatabase(embeddedServerUrl("postgres"));
    }

    /** A fresh database on the server of {@code STEPAHEAD_TEST_PG_URL} (a JDBC URL with credentials). */
    public static String externalPostgresLocation() {
        String url = System.getenv("STEPAHEAD_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("STEPAHEAD_TEST_PG_URL is not set; the external-pg profile needs it");
        }
        return freshDatabase(url);
    }

    public static Storage h2InMemory() {
        return StorageProvider.find(h2InMemoryLocation());
    }

    public static Path h2Directory() {
        try {
            Path root = Path.of("target", "h2-test");
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), "db-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Storage h2File() {
        return StorageProvider.find(h2FileLocation());
    }

    /** A fresh database on the embedded PostgreSQL server. */
    public static Storage embeddedPostgres() {
        return StorageProvider.find(embeddedPostgresLocation());
    }

    private static synchronized String embeddedServerUrl(String database) {
        if (postgres == null) {
            try {
                Path dir = Path.of("target", "embedded-pg").toAbsolutePath();
                Files.createDirectories(dir);
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir.toFile())
                        .setDataDirectory(
                                dir.resolve("data-" + ProcessHandle.current().pid()))
                        .setCleanDataDirectory(true)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away anyway
        }
    }

    /** Creates a new database on the server of the URL and returns the URL of that database. */
    private static String freshDatabase(String serverUrl) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = java.sql.DriverManager.getConnection(serverUrl);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl, e);
        }
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
    }
}
