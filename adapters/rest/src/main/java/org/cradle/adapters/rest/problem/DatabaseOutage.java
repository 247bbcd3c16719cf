package org.cradle.adapters.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A failure that means the database cannot be reached just now: PostgreSQL stopped, restarting, or
 * cut off, or no pooled connection to be had in time. It is neither the caller's fault nor a bug, and
 * trying again shortly is the right response, so it is answered 503 with {@code Retry-After} rather
 * than 500.
 *
 * <p>Such failures reach the catch-all mapper wrapped by whatever was running (Hibernate's
 * {@code JDBCConnectionException}, a {@code PersistenceException}, the transaction interceptor, Arc),
 * so the whole cause chain is searched. Only {@code java.sql} types are looked at: Hibernate, the
 * Agroal pool and the PostgreSQL driver all carry the driver's or the pool's {@link SQLException}
 * as a cause, so this adapter needs none of them.
 */
record DatabaseOutage(String evidence) {

    static final int RETRY_AFTER_SECONDS = 5;
    static final String TITLE = "Service unavailable";

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    /**
     * Agroal's acquisition timeouts carry no SQLState, only a message: "Sorry, acquisition timeout!"
     * when the pool stays full, "Acquisition timeout while waiting for new connection" when a new
     * connection does not come in time.
     */
    private static final String POOL_TIMEOUT = "acquisition timeout";

    /**
     * The PostgreSQL driver's words when a connection attempt is cut short (the pool gave up waiting
     * for a new connection to a database that does not answer): "Something unusual has occurred",
     * caused by "Interrupted while attempting to connect". No connection was had: an outage.
     */
    private static final String CONNECT_INTERRUPTED = "Interrupted while attempting to connect";

    /** The first sign of an outage anywhere in the chain of {@code failure}, if there is one. */
    static Optional<DatabaseOutage> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (!seen.add(current)) {
                continue; // chains can loop
            }
            if (current.getMessage() != null
                    && current.getMessage().startsWith(CONNECT_INTERRUPTED)
                    && !(current instanceof SQLException)) {
                return Optional.of(new DatabaseOutage("connection attempt interrupted"));
            }
            if (current instanceof SQLException sql) {
                Optional<String> evidence = evidence(sql);
                if (evidence.isPresent()) {
                    return evidence.map(DatabaseOutage::new);
                }
                // A batch reports what went wrong with its statements as "next" exceptions.
                Optional.ofNullable(sql.getNextException()).ifPresent(pending::add);
            }
            Optional.ofNullable(current.getCause()).ifPresent(pending::add);
            Collections.addAll(pending, current.getSuppressed());
        }
        return Optional.empty();
    }

    /**
     * What the answer says: the database, not the request, is the problem; nothing was changed (the
     * transaction never began or was rolled back); and when to try again.
     */
    static String detail(String incident) {
        return "Cradle cannot reach its database just now, so nothing was changed. Try again in a few seconds;"
                + " if this lasts, quote incident " + incident + " to support.";
    }

    /** One line, no stack trace: an outage makes every request fail the same way, and the cause is known. */
    void log(String incident) {
        LOG.warnf("The database cannot be reached (%s): answered 503, incident %s", evidence, incident);
    }

    /** The problem answer, telling the caller (and a load balancer) when trying again makes sense. */
    Response retryLater(Response problem) {
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Why {@code e} means an outage, in words safe for a log line: its SQLState or kind, never its
     * message (which could quote data).
     */
    private static Optional<String> evidence(SQLException e) {
        String state = e.getSQLState();
        // Class 08: connection exception (cannot connect, connection lost); 57P01/57P02/57P03:
        // the server is shutting down, crashed, or not accepting connections yet.
        if (state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03"))) {
            return Optional.of("SQLState " + state);
        }
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
            return Optional.of(e.getClass().getSimpleName());
        }
        String message = e.getMessage();
        if (state == null && message != null && message.toLowerCase(Locale.ROOT).contains(POOL_TIMEOUT)) {
            return Optional.of("no pooled connection in time");
        }
        return Optional.empty();
    }
}
