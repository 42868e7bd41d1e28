package org.stepahead.adapter.out.persistence.jdbc;

/** Port contract test: the JDBC store on the PostgreSQL server of STEPAHEAD_TEST_PG_URL (run by the Maven profile external-pg), against every contract and the five seeds. */
class ExternalPostgresStoreTest extends JdbcStoreContracts {

    @Override
    String newLocation() {
        return TestDatabases.externalPostgresLocation();
    }
}
