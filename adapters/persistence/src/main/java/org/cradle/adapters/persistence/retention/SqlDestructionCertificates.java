package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.DestructionCertificates;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.DestructionCertificate;
import org.cradle.domain.retention.RuleId;

/**
 * Destruction certificates ({@code retention_certificate}, V26) and the tombstones each left. A list shows
 * the certificates alone; one certificate read shows its tombstones, the record's own first.
 */
@ApplicationScoped
public class SqlDestructionCertificates implements DestructionCertificates {

    private static final String COLUMNS = "id, record_type, record_id, organisation, family_id, deciding_rule,"
            + " rule_version, setting_version, review_on, explanation, decision_id, decided_by, needs_approval,"
            + " approved_by, reason, executed_by, executed_at, backups_age_out_on";

    private final EntityManager entityManager;

    public SqlDestructionCertificates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<DestructionCertificate> of(OrganisationId organisation, PageRequest page) {
        return Jdbc.page(
                entityManager,
                COLUMNS,
                "from retention_certificate where organisation = ?",
                "executed_at desc, id",
                List.of(organisation.value()),
                page,
                SqlDestructionCertificates::read);
    }

    @Override
    public Optional<DestructionCertificate> find(UUID id, OrganisationId organisation) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from retention_certificate where id = ? and organisation = ?",
                        List.of(id, organisation.value()),
                        SqlDestructionCertificates::read)
                .stream()
                .findFirst()
                .map(certificate -> certificate.withTombstones(Jdbc.list(
                        entityManager,
                        "select record_type, record_id from retention_tombstone where certificate_id = ?"
                                + " order by (record_type = ? and record_id = ?) desc, record_type, record_id",
                        List.of(id, certificate.recordType().name(), certificate.recordId()),
                        row -> new DestructionCertificate.Tombstone(
                                RecordType.valueOf(row.getString(1)), row.getObject(2, UUID.class)))));
    }

    private static DestructionCertificate read(ResultSet row) throws SQLException {
        return new DestructionCertificate(
                row.getObject("id", UUID.class),
                RecordType.valueOf(row.getString("record_type")),
                row.getObject("record_id", UUID.class),
                new OrganisationId(row.getString("organisation")),
                row.getObject("family_id", UUID.class),
                new RuleId(row.getString("deciding_rule")),
                row.getInt("rule_version"),
                (Integer) row.getObject("setting_version"),
                row.getObject("review_on", LocalDate.class),
                row.getString("explanation"),
                SqlRetentionSweeps.destructionOrder(row),
                row.getString("reason"),
                row.getString("executed_by"),
                row.getTimestamp("executed_at").toInstant(),
                row.getObject("backups_age_out_on", LocalDate.class),
                List.of());
    }
}
