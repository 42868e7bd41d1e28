package org.stepahead.adapter.out.persistence.jdbc;

/** Port contract test: the JDBC store on H2 in memory, against every contract and the five seeds. */
class H2InMemoryStoreTest extends JdbcStoreContracts {

    @Override
    String newLocation() {
        return TestDatabases.h2InMemoryLocation();
    }
}
