package org.stepahead.domain.archfixture.allowlist;

import java.sql.Timestamp;

/** Architecture fixture: a domain class that uses a JDBC type. */
public class DomainClassUsingJdbc {

    public long millis(Timestamp timestamp) {
        return timestamp.getTime();
    }
}
