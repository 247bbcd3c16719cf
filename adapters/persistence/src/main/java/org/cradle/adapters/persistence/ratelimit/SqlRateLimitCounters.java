package org.cradle.adapters.persistence.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.cradle.application.ratelimit.RateLimitCounters;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;

/**
 * The shared rate-limit counts in PostgreSQL (V28, ADR 24): one statement per lease, which adds the
 * lease to the client's row and returns the count, so that two instances taking at once are serialised
 * by the row and each sees the other's permits. The statement runs outside any transaction (a caller's
 * is suspended), on a connection in auto-commit, so that it is committed when it returns and a lease is
 * never undone with a use case.
 */
@ApplicationScoped
public class SqlRateLimitCounters implements RateLimitCounters {

    /**
     * A row kept for an earlier window starts again from this lease; a lease for an earlier window than
     * the row's (this instance's clock behind another's) counts in the row's window, which only errs
     * towards refusing.
     */
    static final String TAKE = "insert into rate_limit_count as c (client, operation_class, window_start, taken)"
            + " values (?, ?, ?, ?)"
            + " on conflict (client, operation_class) do update set"
            + " taken = case when c.window_start < excluded.window_start then excluded.taken"
            + " else c.taken + excluded.taken end,"
            + " window_start = greatest(c.window_start, excluded.window_start)"
            + " returning taken";

    private final DataSource dataSource;

    public SqlRateLimitCounters(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long take(LimitedClient client, OperationClass operationClass, Instant windowStart, long permits) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TAKE)) {
            statement.setString(1, client.key());
            statement.setString(2, operationClass.name());
            statement.setObject(3, windowStart.atOffset(ZoneOffset.UTC));
            statement.setLong(4, permits);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            // An unreachable database is answered 503 by the REST adapter, as a use case's failure would be.
            throw new IllegalStateException("The shared rate-limit count could not be taken", e);
        }
    }
}
