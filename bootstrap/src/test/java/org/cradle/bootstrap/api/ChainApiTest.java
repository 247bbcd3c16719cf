package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.cradle.application.chain.SealChain;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident chain through HTTP with real tokens: what the trail holds is sealed, verifies
 * clean, and rows altered, deleted and reordered directly in the database are each reported by id.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChainApiTest {

    @Inject
    SealChain sealChain;

    @Inject
    DataSource dataSource;

    private final Api practitioner = Api.withToken(Tokens.of("p.chain", Tokens.NORTH, "practitioner"));
    private final Api auditor = Api.withToken(Tokens.of("a.chain", Tokens.NORTH, "auditor"));

    @Test
    void the_trail_is_sealed_verifies_clean_and_each_tampered_row_is_reported_by_its_id() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Chained household", "Chain");
        practitioner.get("/families/{id}", household.family()).statusCode(200);
        sealEverything();

        long verified = auditor.get("/audit-chain/verification")
                .statusCode(200)
                .body("findingsCount", equalTo(0))
                .body("verified", greaterThan(5))
                .extract()
                .jsonPath()
                .getLong("verified");
        assertThat(count("select count(*) from chain_entry")).isEqualTo(verified);
        practitioner.get("/audit-chain/verification").statusCode(403);

        List<UUID> events =
                ids("select id from audit_event where family_id = '" + household.family() + "' order by sequence");
        UUID altered = events.get(0);
        UUID deleted = events.get(1);
        List<UUID> reordered = ids("select record_id from chain_entry where record_id in ('" + events.get(2) + "', '"
                + events.get(3) + "') order by position");
        long first = count("select position from chain_entry where record_id = '" + reordered.get(0) + "'");
        long second = count("select position from chain_entry where record_id = '" + reordered.get(1) + "'");
        tamper(
                "update audit_event set actor_subject = 'someone-else' where id = '" + altered + "'",
                "delete from audit_event where id = '" + deleted + "'",
                // Swap two entries of the ledger: each takes the other's place.
                "update chain_entry set position = -1 where record_id = '" + reordered.get(0) + "'",
                "update chain_entry set position = " + first + " where record_id = '" + reordered.get(1) + "'",
                "update chain_entry set position = " + second + " where record_id = '" + reordered.get(0) + "'");

        var report = auditor.get("/audit-chain/verification")
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> findings = report.getList("findings");
        assertThat(findings)
                .extracting(f -> f.get("problem") + " " + f.get("recordId"))
                .contains("ALTERED " + altered, "REMOVED " + deleted)
                .anySatisfy(f -> assertThat(f).isEqualTo("BROKEN " + reordered.get(0)))
                .anySatisfy(f -> assertThat(f).isEqualTo("BROKEN " + reordered.get(1)));
    }

    private void sealEverything() {
        // The first run notes where the trail is; the next seals up to there once its writers ended.
        for (int run = 0; run < 1000; run++) {
            int sealed = sealChain.seal();
            if (sealed == 0
                    && run > 0
                    && count(
                                    "select count(*) from audit_event e where not exists (select 1"
                                            + " from chain_entry c where c.kind = 'AUDIT_EVENT' and c.record_sequence = e.sequence)")
                            == 0) {
                return;
            }
        }
        throw new AssertionError("the sealer did not catch up");
    }

    private void tamper(String... statements) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            // As an attacker with the database's own rights would: past the append-only triggers.
            statement.execute("set session_replication_role = replica");
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            statement.execute("set session_replication_role = origin");
        }
    }

    private long count(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> ids(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            List<UUID> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }
}
