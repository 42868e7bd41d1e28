package org.stepahead.adapter.out.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.StorageProvider;

class JdbcMigrationTest {

    @Test
    void givenTheMigrationFiles_theLatestSchemaVersionConstant_namesTheNewestOne() throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            newest = files.map(f -> name.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElseThrow();
        }

        assertThat(JdbcStorage.LATEST_SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void givenAFreshDatabase_whenOpened_thenItIsMigratedAndAfterwardsRecognizedAsCurrent() {
        String location = TestDatabases.h2InMemoryLocation();
        try (JdbcStorage storage = (JdbcStorage) StorageProvider.find(location)) {
            assertThat(JdbcStorage.schemaIsCurrent(storage.dataSource())).isTrue();
            assertThat(storage.organizations().findAll()).isEmpty();
        }
        try (JdbcStorage reopened = (JdbcStorage) StorageProvider.find(location)) {
            assertThat(reopened.organizations().findAll()).isEmpty();
        }
    }

    @Test
    void givenADatabaseWithoutSchemaHistory_schemaIsCurrent_isFalse() throws Exception {
        String url = "jdbc:h2:mem:empty-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        org.h2.jdbcx.JdbcDataSource empty = new org.h2.jdbcx.JdbcDataSource();
        empty.setURL(url);

        assertThat(JdbcStorage.schemaIsCurrent(empty)).isFalse();
    }
}
