package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.RetentionDecisions;
import org.cradle.domain.ConflictException;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.ReviewDecision;

/** Retention decisions and policies in PostgreSQL ({@code retention_decision}, {@code retention_policy}, V25). */
@ApplicationScoped
public class SqlRetentionDecisions implements RetentionDecisions {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, record_type, record_id, organisation, kind, until, reason, decided_by,"
            + " decided_at, needs_approval, approved_by, approved_at";

    private final EntityManager entityManager;

    public SqlRetentionDecisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ReviewDecision decision) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("insert into retention_decision (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)")) {
                statement.setObject(1, decision.id());
                statement.setString(2, decision.recordType().name());
                statement.setObject(3, decision.recordId());
                statement.setString(4, decision.organisation().value());
                statement.setString(5, decision.kind().name());
                statement.setObject(6, decision.until());
                statement.setString(7, decision.reason());
                statement.setString(8, decision.decidedBy());
                statement.setObject(9, decision.decidedAt().atOffset(ZoneOffset.UTC));
                statement.setBoolean(10, decision.needsApproval());
                statement.executeUpdate();
                return null;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new ConflictException(
                            "already-decided",
                            "Record " + decision.recordId() + " is already decided for destruction.");
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<ReviewDecision> latestExtension(RecordType type, UUID record) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from retention_decision where record_type = ? and record_id = ?"
                                + " and kind <> 'DESTROY' order by decided_at desc, id limit 1",
                        List.of(type.name(), record),
                        SqlRetentionDecisions::read)
                .stream()
                .findFirst();
    }

    @Override
    public boolean destructionDecided(RecordType type, UUID record) {
        return !Jdbc.list(
                        entityManager,
                        "select 1 from retention_decision where record_type = ? and record_id = ? and kind = 'DESTROY'",
                        List.of(type.name(), record),
                        row -> row.getInt(1))
                .isEmpty();
    }

    @Override
    public Optional<ReviewDecision> findForApproval(UUID id, OrganisationId organisation) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from retention_decision where id = ? and organisation = ? for update",
                        List.of(id, organisation.value()),
                        SqlRetentionDecisions::read)
                .stream()
                .findFirst();
    }

    @Override
    public void approve(ReviewDecision decision) {
        ReviewDecision.Approval approval = decision.approval().orElseThrow();
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update retention_decision set approved_by = ?, approved_at = ? where id = ? and approved_at is null")) {
                statement.setString(1, approval.by());
                statement.setObject(2, approval.at().atOffset(ZoneOffset.UTC));
                statement.setObject(3, decision.id());
                if (statement.executeUpdate() != 1) {
                    throw new IllegalStateException("a decision locked for approval was approved meanwhile");
                }
                return null;
            }
        });
    }

    @Override
    public Page<ReviewDecision> of(OrganisationId organisation, boolean awaitingApproval, PageRequest page) {
        String from = "from retention_decision where organisation = ?"
                + (awaitingApproval ? " and kind = 'DESTROY' and needs_approval and approved_at is null" : "");
        return Jdbc.page(
                entityManager,
                COLUMNS,
                from,
                "decided_at desc, id",
                List.of(organisation.value()),
                page,
                SqlRetentionDecisions::read);
    }

    @Override
    public boolean secondApproval(OrganisationId organisation) {
        return Jdbc.list(
                        entityManager,
                        "select second_approval from retention_policy where organisation = ?",
                        List.of(organisation.value()),
                        row -> row.getBoolean(1))
                .stream()
                .findFirst()
                .orElse(false);
    }

    @Override
    public void setSecondApproval(OrganisationId organisation, boolean required, String by, Instant at, String reason) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into retention_policy (organisation, second_approval, changed_by, changed_at, reason)"
                            + " values (?, ?, ?, ?, ?) on conflict (organisation) do update set"
                            + " second_approval = excluded.second_approval, changed_by = excluded.changed_by,"
                            + " changed_at = excluded.changed_at, reason = excluded.reason")) {
                statement.setString(1, organisation.value());
                statement.setBoolean(2, required);
                statement.setString(3, by);
                statement.setObject(4, at.atOffset(ZoneOffset.UTC));
                statement.setString(5, reason);
                statement.executeUpdate();
                return null;
            }
        });
    }

    private static ReviewDecision read(ResultSet row) throws SQLException {
        String approvedBy = row.getString("approved_by");
        return new ReviewDecision(
                row.getObject("id", UUID.class),
                RecordType.valueOf(row.getString("record_type")),
                row.getObject("record_id", UUID.class),
                new OrganisationId(row.getString("organisation")),
                ReviewDecision.Kind.valueOf(row.getString("kind")),
                row.getObject("until", LocalDate.class),
                row.getString("reason"),
                row.getString("decided_by"),
                row.getTimestamp("decided_at").toInstant(),
                row.getBoolean("needs_approval"),
                approvedBy == null
                        ? Optional.empty()
                        : Optional.of(new ReviewDecision.Approval(
                                approvedBy, row.getTimestamp("approved_at").toInstant())));
    }
}
