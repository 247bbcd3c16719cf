package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.cradle.application.chain.SealChain;
import org.junit.jupiter.api.Test;

/**
 * The sealer seals every committed audit event, however its writer's transaction lined up with the
 * sealer's runs, and the verifier reports an event the sealer passed. The case that was lost: a
 * transaction whose first write is its audit row takes the row's sequence value before it has an xid,
 * the sealer notes the sequence, the transaction then gets an xid past the noted snapshot's
 * {@code xmax} and is still running when the sealer next looks (1.6 million events went unsealed that
 * way in one benchmark load).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChainSealingTest {

    @Inject
    SealChain sealChain;

    @Inject
    DataSource dataSource;

    private final Api auditor = Api.withToken(Tokens.of("a.sealing", Tokens.NORTH, "auditor"));

    @Test
    void an_event_whose_sequence_was_taken_before_the_sealer_noted_it_is_sealed_once_its_writer_commits()
            throws Exception {
        sealEverything();
        UUID event = UUID.randomUUID();
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            // The row's default, taken first, as the insert of a read's audit row takes it: no xid yet.
            long sequence = single(writer, "select nextval(pg_get_serial_sequence('audit_event', 'sequence'))");
            assertThat(single(writer, "select count(*) where pg_current_xact_id_if_assigned() is not null"))
                    .isZero();
            seal(); // notes the sequence, the writer's value included
            assertThat(notedThrough()).isGreaterThanOrEqualTo(sequence);
            insertEvent(writer, sequence, event); // the writer's xid comes only now
            waitedForThenSealed(writer, sequence, event);
        }
    }

    @Test
    void an_event_written_by_the_newest_transaction_is_sealed_once_that_transaction_commits() throws Exception {
        sealEverything();
        UUID event = UUID.randomUUID();
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            long sequence = single(writer, "select nextval(pg_get_serial_sequence('audit_event', 'sequence'))");
            // The writer has its xid before the sealer notes, and it is the newest: a snapshot's xmax is the
            // latest completed xid + 1, so the noted xmax is the writer's own xid, and it is not in the
            // snapshot's list of running ones. The oldest running xid is then "past" the noted xmax at once.
            insertEvent(writer, sequence, event);
            seal();
            assertThat(notedThrough()).isGreaterThanOrEqualTo(sequence);
            waitedForThenSealed(writer, sequence, event);
        }
    }

    /**
     * While the writer runs, two more runs of the sealer leave its value unsealed; once it commits, the
     * event is sealed, and verification says nothing of it (other tests tamper with the chain on purpose).
     */
    private void waitedForThenSealed(Connection writer, long sequence, UUID event) throws SQLException {
        seal();
        seal();
        assertThat(sealedThrough())
                .as("the sealer must not pass a value whose writer is still running")
                .isLessThan(sequence);

        writer.commit();
        sealEverything();
        assertThat(single("select count(*) from chain_block where kind = 'AUDIT_EVENT' and " + sequence
                        + " = any(record_sequences)"))
                .isEqualTo(1);
        assertThat(findings()).noneMatch(f -> f.contains(event.toString()));
    }

    @Test
    void an_event_the_sealer_passed_is_reported_as_unsealed_with_the_entry_it_follows() throws Exception {
        sealEverything();
        long lastBlock = single("select max(position) from chain_block where kind = 'AUDIT_EVENT'");
        UUID passed = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            long sequence = single(connection, "select nextval(pg_get_serial_sequence('audit_event', 'sequence'))");
            insertEvent(connection, sequence, passed);
            // What the sealer did before V32: said the kind was sealed through the row, sealing nothing.
            asDatabaseOwner(
                    connection,
                    "update chain_seal set sealed_through = " + sequence + ", noted_through = " + sequence
                            + " where kind = 'AUDIT_EVENT'");
        }
        try {
            assertThat(findings())
                    .filteredOn(f -> f.startsWith("UNSEALED"))
                    .containsExactly("UNSEALED " + passed + " after " + lastBlock);
        } finally {
            // Put the chain back as it was for the tests after this one: the row never existed.
            try (Connection connection = dataSource.getConnection()) {
                asDatabaseOwner(connection, "delete from audit_event where id = '" + passed + "'");
            }
        }
        assertThat(findings()).noneMatch(f -> f.startsWith("UNSEALED"));
    }

    /** What verification finds, each as its problem, record and the entry it names. */
    private List<String> findings() {
        List<Map<String, Object>> findings = auditor.get("/audit-chain/verification")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findings");
        return findings.stream()
                .map(f -> f.get("problem") + " " + f.get("recordId") + " after " + f.get("position"))
                .toList();
    }

    private void seal() {
        // Another run holding the sealer's lock answers -1; nothing else seals in the tests.
        assertThat(sealChain.seal()).isNotNegative();
    }

    private void sealEverything() {
        for (int run = 0; run < 100; run++) {
            seal();
            if (single("select count(*) from audit_event where sequence > (select sealed_through from chain_seal"
                                    + " where kind = 'AUDIT_EVENT')")
                            == 0
                    && single("select count(*) from sharing_decision where sequence > (select sealed_through from"
                                    + " chain_seal where kind = 'SHARING_DECISION')")
                            == 0) {
                return;
            }
        }
        throw new AssertionError("the sealer did not catch up");
    }

    private long notedThrough() {
        return single("select noted_through from chain_seal where kind = 'AUDIT_EVENT'");
    }

    private long sealedThrough() {
        return single("select sealed_through from chain_seal where kind = 'AUDIT_EVENT'");
    }

    private static void insertEvent(Connection connection, long sequence, UUID id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (sequence, id,"
                + " occurred_at, actor_subject, actor_organisation, action, record_type, record_id, actor_kind)"
                + " overriding system value values (?, ?, now(), 'p.sealing', 'north-council', 'FAMILY_READ', 'FAMILY', ?,"
                + " 'PRACTITIONER')")) {
            insert.setLong(1, sequence);
            insert.setObject(2, id);
            insert.setObject(3, UUID.randomUUID());
            insert.executeUpdate();
        }
    }

    private static void asDatabaseOwner(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            // Past the append-only triggers, as the owner of the database could.
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate(sql);
            statement.execute("set session_replication_role = origin");
        }
    }

    private long single(String sql) {
        try (Connection connection = dataSource.getConnection()) {
            return single(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
