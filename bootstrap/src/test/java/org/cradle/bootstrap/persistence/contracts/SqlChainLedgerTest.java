package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.chain.ChainLedger;
import org.cradle.contracts.chain.ChainLedgerContract;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * The chain's contract, against {@code SqlChainLedger} and PostgreSQL: the records are audit events,
 * altered past the append-only trigger as an attacker with the database's rights would, and put back
 * so that the chain every other test verifies is left as it was.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlChainLedgerTest extends ChainLedgerContract {

    private static final String SUBJECT = "c.chain";

    @Inject
    ChainLedger ledger;

    @Inject
    AuditTrail auditTrail;

    @Inject
    DataSource dataSource;

    @Override
    protected ChainLedger ledger() {
        return ledger;
    }

    @Override
    protected UUID chained() {
        AuditEvent event = AuditEvent.of(
                Actor.practitioner(SUBJECT, new OrganisationId("contract-chain"), Set.of(Role.PRACTITIONER)),
                AuditAction.FAMILY_READ,
                RecordType.FAMILY,
                UUID.randomUUID(),
                FamilyId.newId(),
                Instant.parse("2026-07-01T09:00:00Z"));
        transaction(() -> auditTrail.record(event));
        return event.id();
    }

    @Override
    protected void alter(UUID record) {
        setSubject(record, "someone-else");
    }

    @Override
    protected void restore(UUID record) {
        setSubject(record, SUBJECT);
    }

    private void setSubject(UUID record, String subject) {
        try (var connection = dataSource.getConnection();
                var replica = connection.createStatement();
                var update = connection.prepareStatement("update audit_event set actor_subject = ? where id = ?")) {
            replica.execute("set session_replication_role = replica");
            update.setString(1, subject);
            update.setObject(2, record);
            update.executeUpdate();
            replica.execute("set session_replication_role = origin");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
