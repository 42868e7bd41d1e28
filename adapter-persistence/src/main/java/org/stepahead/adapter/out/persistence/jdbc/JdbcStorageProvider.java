package org.stepahead.adapter.out.persistence.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.StorageProvider;
import org.stepahead.application.port.out.StorageUnreachableException;

/**
 * Persistence adapter: opens the JDBC store. A JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:h2:…}) selects
 * that database; {@value StorageProvider#EMBEDDED_DEFAULT} selects the embedded H2 file under the data directory
 * ({@code $STEPAHEAD_HOME}, else {@code ~/.stepahead}); any other location is a directory that holds an embedded H2
 * file. The embedded database is created and migrated on first use.
 */
public final class JdbcStorageProvider implements StorageProvider {

    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    public String name() {
        return "jdbc";
    }

    /** A JDBC URL, the embedded default, or a path — but no other scheme such as {@code memory:} or {@code http:}. */
    @Override
    public boolean supports(String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        String trimmed = location.strip();
        return trimmed.startsWith("jdbc:")
                || EMBEDDED_DEFAULT.equals(trimmed)
                || !trimmed.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:.*");
    }

    @Override
    public Storage open(String location) {
        String trimmed = location.strip();
        if (trimmed.startsWith("jdbc:")) {
            String url =
                    trimmed.startsWith("jdbc:h2:") && !trimmed.toUpperCase().contains("MODE=")
                            ? trimmed + H2_SETTINGS
                            : trimmed;
            return JdbcStorage.open(url, null, null, url.replaceAll("password=[^&;]*", "password=***"));
        }
        Path directory = EMBEDDED_DEFAULT.equals(trimmed) ? dataDirectory() : path(trimmed);
        return openEmbedded(directory);
    }

    /** Opens (creating if needed) the embedded H2 database in the directory. */
    public static Storage openEmbedded(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageUnreachableException("The data directory " + directory + " cannot be created: " + e, e);
        }
        Path file = directory.toAbsolutePath().resolve("stepahead");
        return JdbcStorage.open("jdbc:h2:file:" + file + H2_SETTINGS, "sa", "", "H2 " + file + ".mv.db");
    }

    /**
     * The data directory: the system property {@code stepahead.home} when set (for embedding systems and tests), else
     * {@code $STEPAHEAD_HOME}, else {@code ~/.stepahead}.
     */
    public static Path dataDirectory() {
        String home = System.getProperty("stepahead.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("STEPAHEAD_HOME");
        }
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".stepahead") : path(home);
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new StorageUnreachableException("Not a JDBC URL or a directory: " + text, e);
        }
    }
}
