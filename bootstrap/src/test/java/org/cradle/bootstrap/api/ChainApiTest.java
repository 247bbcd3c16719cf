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
import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
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
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "South Council"), Tokens.SOUTH)
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        String alteredDecision = Decisions.notToShare(
                practitioner, household.family(), household.mother(), Tokens.SOUTH, "MENTAL_HEALTH");
        String deletedDecision = Decisions.notToShare(
                practitioner, household.family(), household.mother(), Tokens.SOUTH, "BASIC_DETAILS");
        sealEverything();
        practitioner.get("/families/{id}", household.family()).statusCode(200);
        sealEverything();

        long verified = auditor.get("/audit-chain/verification")
                .statusCode(200)
                .body("findingsCount", equalTo(0))
                .body("verified", greaterThan(5))
                .extract()
                .jsonPath()
                .getLong("verified");
        assertThat(count("select coalesce(sum(cardinality(record_ids)), 0) from chain_block"))
                .isEqualTo(verified)
                .isEqualTo(count("select count(*) from audit_event")
                        + count("select count(*) from sharing_decision")
                        + count("select count(*) from retention_tombstone where sequence is not null"));
        assertThat(count("select coalesce(sum(cardinality(record_ids)), 0) from chain_block where kind ="
                        + " 'SHARING_DECISION'"))
                .isEqualTo(count("select count(*) from sharing_decision")
                        + count("select count(*) from retention_tombstone where sequence is not null"));
        practitioner.get("/audit-chain/verification").statusCode(403);

        List<UUID> events =
                ids("select id from audit_event where family_id = '" + household.family() + "' order by sequence");
        UUID altered = events.get(0);
        UUID deleted = events.get(1);
        UUID movedUp = events.get(2);
        UUID movedDown = events.get(3);
        long lastBlock = count("select max(position) from chain_block");
        List<UUID> blockStarts = ids("select record_ids[1] from chain_block where position in (" + (lastBlock - 1)
                + ", " + lastBlock + ") order by position");
        tamper(
                "update audit_event set actor_subject = 'someone-else' where id = '" + altered + "'",
                "delete from audit_event where id = '" + deleted + "'",
                // Two events change places in the trail: each row now says what the other said, when.
                "update audit_event a set occurred_at = b.occurred_at, action = b.action, record_type ="
                        + " b.record_type, record_id = b.record_id, person_id = b.person_id, category = b.category"
                        + " from audit_event b where (a.id, b.id) in (('" + movedUp + "', '" + movedDown + "'), ('"
                        + movedDown + "', '" + movedUp + "'))",
                // The last two blocks of the ledger change places.
                "update chain_block set position = -1 where position = " + lastBlock,
                "update chain_block set position = " + lastBlock + " where position = " + (lastBlock - 1),
                "update chain_block set position = " + (lastBlock - 1) + " where position = -1",
                // A decision not to share is rewritten as a share, and another disappears.
                "update sharing_decision set choice = 'SHARE' where id = '" + alteredDecision + "'",
                "delete from sharing_decision_subject where decision_id = '" + deletedDecision + "'",
                "delete from sharing_decision where id = '" + deletedDecision + "'");

        var report = auditor.get("/audit-chain/verification")
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> findings = report.getList("findings");
        assertThat(findings)
                .extracting(f -> f.get("problem") + " " + f.get("recordId"))
                .contains(
                        "ALTERED " + altered,
                        "REMOVED " + deleted,
                        "ALTERED " + movedUp,
                        "ALTERED " + movedDown,
                        "BROKEN " + blockStarts.get(0),
                        "BROKEN " + blockStarts.get(1),
                        "ALTERED " + alteredDecision,
                        "REMOVED " + deletedDecision);
        assertThat(findings)
                .filteredOn(f -> f.get("recordId").equals(alteredDecision))
                .extracting(f -> f.get("kind"))
                .containsOnly("SHARING_DECISION");
    }

    @Test
    void the_database_writes_the_canonical_form_exactly_as_the_domain_does() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Canonical household", "Canonical\\Chain");
        practitioner.get("/families/{id}", household.family()).statusCode(200);

        int compared = 0;
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select e.sequence, e.id, e.occurred_at, e.actor_subject,"
                        + " e.actor_kind, e.actor_organisation, e.action, e.record_type, e.record_id, e.family_id,"
                        + " e.person_id, e.category, e.ground, audit_event_canonical(e) from audit_event e"
                        + " where e.family_id = ?")) {
            statement.setObject(1, UUID.fromString(household.family()));
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    AuditEvent event = new AuditEvent(
                            row.getObject(2, UUID.class),
                            row.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                            row.getString(4),
                            ActorKind.valueOf(row.getString(5)),
                            new OrganisationId(row.getString(6)),
                            AuditAction.valueOf(row.getString(7)),
                            RecordType.valueOf(row.getString(8)),
                            row.getObject(9, UUID.class),
                            row.getObject(10) == null ? null : new FamilyId(row.getObject(10, UUID.class)),
                            row.getObject(11) == null ? null : new PersonId(row.getObject(11, UUID.class)),
                            row.getString(12) == null ? null : InformationCategory.valueOf(row.getString(12)),
                            row.getString(13) == null ? null : Ground.valueOf(row.getString(13)));
                    assertThat(row.getString(14))
                            .isEqualTo(event.canonical(row.getLong(1)).text());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(5);
    }

    @Test
    void a_sharing_decision_is_sealed_in_the_canonical_form_v1_that_is_a_contract() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Canonical decision", "Canonical");
        Api.as("admin")
                .put("/organisations/{code}", Map.of("name", "South Council"), Tokens.SOUTH)
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        Map<String, Object> proposal = new java.util.HashMap<>();
        proposal.put("purpose", "DIRECT_SUPPORT");
        proposal.put("purposeStatement", "Whether south should hear of it, C:\\notes aside.");
        proposal.put("subjectIds", List.of(household.mother()));
        proposal.put("categories", List.of("MENTAL_HEALTH"));
        proposal.put("recipient", Map.of("organisation", Tokens.SOUTH));
        var decision = practitioner
                .post(
                        "/families/{id}/sharing-decisions",
                        Map.of("proposal", proposal, "decision", "DO_NOT_SHARE", "note", "Not now."),
                        household.family())
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = decision.getString("id");
        List<String> questions = decision.getList("path.question");
        List<Boolean> answers = decision.getList("path.answer");
        List<String> reasons = decision.getList("path.reason");

        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select d.sequence, d.decided_by, d.decided_at, sharing_decision_canonical(d)"
                                + " from sharing_decision d where d.id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (var row = statement.executeQuery()) {
                row.next();
                String decidedAt = row.getObject(3, java.time.OffsetDateTime.class)
                        .atZoneSameInstant(java.time.ZoneOffset.UTC)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'"));
                String expected = "sharing-decision v1\n"
                        + "sequence=" + row.getLong(1) + "\n"
                        + "id=" + id + "\n"
                        + "familyId=" + household.family() + "\n"
                        + "organisation=" + Tokens.NORTH + "\n"
                        + "decidedBy=" + row.getString(2) + "\n"
                        + "decidedByKind=PRACTITIONER\n"
                        + "decidedAt=" + decidedAt + "\n"
                        + "choice=DO_NOT_SHARE\n"
                        + "outcome=" + decision.getString("outcome") + "\n"
                        + "purpose=DIRECT_SUPPORT\n"
                        // A backslash is written twice: no value can end its line early or fake the next.
                        + "purposeStatement=Whether south should hear of it, C:\\\\notes aside.\n"
                        + "subjectIds=" + list(List.of(household.mother())) + "\n"
                        + "categories=" + list(List.of("MENTAL_HEALTH")) + "\n"
                        + "recipientOrganisation=" + Tokens.SOUTH + "\n"
                        + "recipientRole=~\nrecipientPractitioner=~\nrecipientPerson=~\n"
                        + "identifying=true\nconfidential=true\n"
                        + "lawfulBasis=~\nrationale=~\nproportionality=~\n"
                        + "pathQuestions=" + list(questions) + "\n"
                        + "pathAnswers="
                        + list(answers.stream().map(String::valueOf).toList()) + "\n"
                        + "pathReasons="
                        + list(reasons.stream()
                                .map(r -> r.replace("\\", "\\\\"))
                                .toList()) + "\n"
                        + "reliedOnConsents=[0]\nreliedOnVersions=[0]\n"
                        + "note=Not now.\n"
                        + "urgency=ROUTINE\nsubjectsTold=true\nnotToldReason=~\n"
                        + "consultedRoles=[0]\nconsultedNames=[0]\nconsultedAdvice=[0]\n"
                        + "corrects=~\nreferralId=~\n"
                        + "contentKinds=[0]\ncontentCategories=[0]\ncontentDescriptions=[0]\n"
                        + "contentNoteIds=[0]\ncontentNoteVersions=[0]\n";
                assertThat(row.getString(4)).isEqualTo(expected);
            }
        }
    }

    /** A list in the canonical form: its length, then each element on its own indented line. */
    private static String list(List<String> values) {
        StringBuilder text = new StringBuilder("[" + values.size() + "]");
        values.forEach(v -> text.append("\n  ").append(v));
        return text.toString();
    }

    private void sealEverything() {
        // The first run notes where the trail is; the next seals up to there once its writers ended.
        for (int run = 0; run < 1000; run++) {
            int sealed = sealChain.seal();
            if (sealed == 0
                    && run > 0
                    && count("select count(*) from audit_event where sequence > (select sealed_through from"
                                    + " chain_seal where kind = 'AUDIT_EVENT')")
                            == 0
                    && count("select count(*) from sharing_decision where sequence > (select sealed_through from"
                                    + " chain_seal where kind = 'SHARING_DECISION')")
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
