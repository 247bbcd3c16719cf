package org.cradle.bootstrap.api;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Counts rows straight from the database, to prove that a refused request wrote nothing. */
final class Rows {

    /**
     * The audit trail without its refusals: a refused request writes nothing but its ACCESS_DENIED
     * event, committed on its own.
     */
    static final String AUDIT_EXCEPT_DENIALS = "audit_event where action <> 'ACCESS_DENIED'";

    private Rows() {}

    static long count(DataSource dataSource, String table) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
