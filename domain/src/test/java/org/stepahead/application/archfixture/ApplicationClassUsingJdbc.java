package org.stepahead.application.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Architecture fixture: an application class that talks JDBC. */
public class ApplicationClassUsingJdbc {

    public boolean open(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
