package org.cradle.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** Stands in for Hibernate's, JPA's, Narayana's and Arc's wrappers: this adapter knows none of them. */
    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException(
                "Error in @Transactional method", new RuntimeException("Unable to acquire JDBC Connection", cause));
    }

    @Test
    void a_refused_connection_deep_under_the_persistence_and_transaction_wrappers_is_an_outage() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001");

        assertThat(DatabaseOutage.in(wrapped(refused)))
                .hasValueSatisfying(outage -> assertThat(outage.evidence()).isEqualTo("SQLState 08001"));
    }

    @Test
    void a_connection_lost_mid_request_is_an_outage() {
        assertThat(DatabaseOutage.in(
                        wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isPresent();
    }

    @Test
    void a_server_shutting_down_crashed_or_still_starting_is_an_outage() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseOutage.in(wrapped(new SQLException("terminating connection", state))))
                    .as(state)
                    .isPresent();
        }
    }

    @Test
    void a_connection_attempt_the_pool_cut_short_is_an_outage() {
        // What the PostgreSQL driver throws when the thread opening a connection is interrupted.
        SQLException unusual = new SQLException(
                "Something unusual has occurred to cause the driver to fail. Please report this exception.",
                "99999",
                new RuntimeException("Interrupted while attempting to connect."));

        assertThat(DatabaseOutage.in(wrapped(unusual))).hasValueSatisfying(outage -> assertThat(outage.evidence())
                .isEqualTo("connection attempt interrupted"));
        assertThat(DatabaseOutage.in(wrapped(new SQLException("Something unusual has occurred", "99999"))))
                .as("the driver's catch-all alone says nothing about the database")
                .isEmpty();
    }

    @Test
    void the_pools_acquisition_timeouts_are_an_outage_though_they_carry_no_sqlstate() {
        assertThat(DatabaseOutage.in(wrapped(new SQLException("Sorry, acquisition timeout!"))))
                .hasValueSatisfying(outage -> assertThat(outage.evidence()).isEqualTo("no pooled connection in time"));
        assertThat(DatabaseOutage.in(wrapped(new SQLException(
                        "Acquisition timeout while waiting for new connection", new TimeoutException()))))
                .isPresent();
    }

    @Test
    void the_jdbc_connection_exception_types_are_an_outage_whatever_their_state() {
        assertThat(DatabaseOutage.in(wrapped(new SQLTransientConnectionException("gone"))))
                .isPresent();
        assertThat(DatabaseOutage.in(wrapped(new SQLNonTransientConnectionException("gone", "XX000"))))
                .isPresent();
    }

    @Test
    void an_outage_reported_as_the_next_exception_of_a_batch_is_found() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(DatabaseOutage.in(wrapped(batch))).isPresent();
    }

    @Test
    void refusals_by_a_database_that_answers_are_not_an_outage() {
        assertThat(DatabaseOutage.in(wrapped(new SQLException("duplicate key value", "23505"))))
                .isEmpty();
        assertThat(DatabaseOutage.in(wrapped(new SQLException("could not serialize access", "40001"))))
                .isEmpty();
        assertThat(DatabaseOutage.in(wrapped(new SQLException("canceling statement due to user request", "57014"))))
                .isEmpty();
        assertThat(DatabaseOutage.in(wrapped(new SQLException("Connection acquired without transaction."))))
                .isEmpty();
    }

    @Test
    void failures_without_any_sql_cause_are_not_an_outage() {
        assertThat(DatabaseOutage.in(new NullPointerException())).isEmpty();
        assertThat(DatabaseOutage.in(wrapped(new TimeoutException("acquisition timeout"))))
                .isEmpty();
    }

    @Test
    void a_cause_chain_that_loops_is_searched_once() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseOutage.in(first)).isEmpty();
    }

    @Test
    void the_evidence_for_the_log_never_quotes_the_message_which_could_hold_data() {
        SQLException withData = new SQLException("Key (nhs_number)=(9434765919) lost", "08003");

        assertThat(DatabaseOutage.in(withData))
                .hasValueSatisfying(outage -> assertThat(outage.evidence()).doesNotContain("9434765919"));
    }

    @Test
    void the_answer_tells_when_to_try_again_and_what_happened_without_technical_words() {
        Response problem = Response.status(503).entity("problem").build();

        Response answer = new DatabaseOutage("SQLState 08001").retryLater(problem);

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(DatabaseOutage.detail("incident-1"))
                .contains("cannot reach its database", "nothing was changed", "Try again", "incident-1")
                .doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("exception");
    }
}
