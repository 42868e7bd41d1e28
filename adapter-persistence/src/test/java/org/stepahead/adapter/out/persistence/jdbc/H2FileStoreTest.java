package org.stepahead.adapter.out.persistence.jdbc;

/** Port contract test: the JDBC store on H2 in a file under target/, against every contract and the five seeds. */
class H2FileStoreTest extends JdbcStoreContracts {

    @Override
    String newLocation() {
        return TestDatabases.h2FileLocation();
    }
}
