package org.cradle.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditQuery;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * The audit trail in PostgreSQL, in the same transaction as the read or change it records.
 *
 * <p>A use case's events are written together, in one multi-row statement, just before its
 * transaction commits: a family read audits the family and each member, a person's consents each
 * consent shown, and one statement instead of one per event saves as many round trips. The guarantee
 * is unchanged: the events are in the transaction, so they are durable when the answer leaves, and a
 * rolled-back use case leaves none (a refusal is recorded apart: see {@code CommittedAccessDenials}).
 */
@ApplicationScoped
public class PanacheAuditTrail implements AuditTrail {

    private static final String INSERT = "insert into audit_event (id, occurred_at, actor_subject,"
            + " actor_organisation, action, record_type, record_id, family_id, actor_kind, person_id, category, ground)"
            + " values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows per statement, well under PostgreSQL's 65,535 bind parameters. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final AuditEventRows rows;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    public PanacheAuditTrail(
            AuditEventRows rows, TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.rows = rows;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public void record(AuditEvent event) {
        enqueue(List.of(event));
    }

    /**
     * Overridden, not the port's default: that one calls {@link #record(AuditEvent)} on this bean, which
     * goes through the CDI decorator again (ArC decorates by subclassing, self-calls included) and would
     * count each event twice. Neither method calls the other for the same reason.
     */
    @Override
    public void record(List<AuditEvent> events) {
        enqueue(events);
    }

    private void enqueue(List<AuditEvent> events) {
        if (transactions.getTransactionKey() == null) {
            write(events);
            return;
        }
        @SuppressWarnings("unchecked")
        List<AuditEvent> pending = (List<AuditEvent>) transactions.getResource(PanacheAuditTrail.class);
        if (pending == null) {
            List<AuditEvent> queued = new ArrayList<>();
            transactions.putResource(PanacheAuditTrail.class, queued);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(queued);
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing to undo: the events were written in the transaction, or never.
                }
            });
            pending = queued;
        }
        pending.addAll(events);
    }

    private void write(List<AuditEvent> events) {
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            List<AuditEvent> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            String sql = INSERT + String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW));
            // The transaction's own connection (the pool hands out the one enlisted in it), taken and
            // given back here: the events are written as the transaction ends, after Hibernate has let
            // go of its connection, and a connection still open at commit is closed by the pool with a
            // warning, once per request.
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int p = 1;
                    for (AuditEvent event : chunk) {
                        statement.setObject(p++, event.id());
                        statement.setObject(p++, event.occurredAt().atOffset(ZoneOffset.UTC));
                        statement.setString(p++, event.actorSubject());
                        statement.setString(p++, event.actorOrganisation().value());
                        statement.setString(p++, event.action().name());
                        statement.setString(p++, event.recordType().name());
                        statement.setObject(p++, event.recordId());
                        statement.setObject(
                                p++, event.familyId().map(FamilyId::value).orElse(null));
                        statement.setString(p++, event.actorKind().name());
                        statement.setObject(
                                p++, event.personId().map(PersonId::value).orElse(null));
                        statement.setString(
                                p++,
                                event.category() == null
                                        ? null
                                        : event.category().name());
                        statement.setString(
                                p++,
                                event.ground() == null ? null : event.ground().name());
                    }
                    statement.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the audit trail could not be written", e);
            }
        }
    }

    @Override
    public Page<AuditEvent> accessesTo(PersonId person, PageRequest page) {
        PanacheQuery<AuditEventEntity> found = rows.find("personId", Sort.descending("sequence"), person.value());
        long total = found.count();
        List<AuditEvent> items = found.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(AuditEventMapper::toDomain)
                .toList();
        return new Page<>(items, page, total);
    }

    @Override
    public Page<AuditEvent> find(AuditQuery query, OrganisationId organisation, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        conditions.add("(actorOrganisation = :organisation or familyId in (select i.familyId from"
                + " FamilyInvolvementEntity i where i.organisation = :organisation and i.ground = 'CUSTODIAN'))");
        parameters.and("organisation", organisation.value());
        if (query.recordId() != null) {
            // Written as the three indexes that hold events by record (V12): the family's, the person's,
            // and the record index for every other event; PostgreSQL ORs their bitmaps.
            conditions.add("((familyId = :recordId and recordId = :recordId)"
                    + " or (personId = :recordId and recordId = :recordId)"
                    + " or (recordId = :recordId and recordId is distinct from familyId"
                    + " and recordId is distinct from personId))");
            parameters.and("recordId", query.recordId());
        }
        if (query.family() != null) {
            conditions.add("familyId = :familyId");
            parameters.and("familyId", query.family().value());
        }
        if (query.actorSubject() != null) {
            conditions.add("actorSubject = :actorSubject");
            parameters.and("actorSubject", query.actorSubject());
        }
        if (query.from() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", query.to());
        }
        PanacheQuery<AuditEventEntity> found =
                rows.find(String.join(" and ", conditions), Sort.ascending("sequence"), parameters);
        long total = found.count();
        List<AuditEvent> items = found.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(AuditEventMapper::toDomain)
                .toList();
        return new Page<>(items, page, total);
    }
}
