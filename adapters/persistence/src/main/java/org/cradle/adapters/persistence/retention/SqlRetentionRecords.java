package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.retention.RetentionRecords;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.EndAction;
import org.cradle.domain.retention.KeptDate;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetentionDate;
import org.cradle.domain.retention.RuleId;

/**
 * Records' retention dates in PostgreSQL ({@code retention_record}, V24). The queue reads an index range
 * on (organisation, date) and leaves out what an active hold covers; that condition repeats
 * {@code LegalHold.holds} in SQL so that the page is filtered before it is cut, and
 * {@code RetentionApiTest} checks the two agree for every kind of scope.
 */
@ApplicationScoped
public class SqlRetentionRecords implements RetentionRecords {

    /** A kept date's columns, as {@link #read} reads them; qualified, as the sweeper joins the decisions. */
    static final String COLUMNS =
            "r.record_type, r.record_id, r.family_id, r.review_on, r.deciding_rule, r.rule_version,"
                    + " r.setting_version, r.end_action, r.automatic_destruction, r.explanation, r.computed_at, r.queued_on,"
                    + " r.early_review_on, r.early_review_rule, r.early_review_rule_version";

    /**
     * Whether an active hold covers the kept record {@code r} on the day bound to its one parameter: the
     * SQL twin of {@code LegalHold.holds}, shared by the queue and the sweeper.
     */
    static final String HELD =
            """
            exists (select 1 from legal_hold h
                     where h.organisation = r.organisation and h.released_at is null
                       and (h.ends_on is null or h.ends_on > ?)
                       and (h.family_id = r.family_id
                            or h.episode_id = r.record_id
                            or h.episode_id = r.part_of
                            or h.created_before > r.created_on
                            or exists (select 1 from family_member m
                                        where m.family_id = r.family_id and m.person_id = h.person_id)))
            """;

    private static final String NOT_HELD = " and not " + HELD;

    private final EntityManager entityManager;

    public SqlRetentionRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<KeptDate> find(RecordType type, UUID record, OrganisationId organisation) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from retention_record r where r.record_type = ? and r.record_id = ?"
                                + " and r.organisation = ?",
                        List.of(type.name(), record, organisation.value()),
                        SqlRetentionRecords::read)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<KeptDate> find(UUID record, OrganisationId organisation) {
        return Jdbc.list(
                        entityManager,
                        "select " + COLUMNS + " from retention_record r where r.record_id = ? and r.organisation = ?"
                                + " order by r.record_type limit 1",
                        List.of(record, organisation.value()),
                        SqlRetentionRecords::read)
                .stream()
                .findFirst();
    }

    /**
     * Keeps the date; a record queued for a day that is no longer its due day (its date moved on, or its
     * early review was done) is newly due again on its new day, to be queued once more then.
     */
    @Override
    public void save(RetainedRecord record, RetentionDate date, Instant computedAt) {
        RetentionDate.Application deciding = date.applications().stream()
                .filter(RetentionDate.Application::decides)
                .findFirst()
                .orElse(null);
        RetentionDate.Application early = date.earliestEarlyReview().orElse(null);
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    """
                    insert into retention_record (record_type, record_id, organisation, family_id, created_on, status,
                        review_on, end_action, automatic_destruction, deciding_rule, rule_version, setting_version,
                        explanation, computed_at, early_review_on, early_review_rule, early_review_rule_version, part_of)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (record_type, record_id) do update set
                        organisation = excluded.organisation, family_id = excluded.family_id,
                        created_on = excluded.created_on, status = excluded.status, review_on = excluded.review_on,
                        end_action = excluded.end_action, automatic_destruction = excluded.automatic_destruction,
                        deciding_rule = excluded.deciding_rule, rule_version = excluded.rule_version,
                        setting_version = excluded.setting_version, explanation = excluded.explanation,
                        computed_at = excluded.computed_at, early_review_on = excluded.early_review_on,
                        early_review_rule = excluded.early_review_rule,
                        early_review_rule_version = excluded.early_review_rule_version,
                        part_of = excluded.part_of,
                        queued_on = case
                            when least(excluded.review_on, excluded.early_review_on) > retention_record.queued_on
                                then null
                            else retention_record.queued_on end
                    """)) {
                statement.setString(1, record.type().name());
                statement.setObject(2, record.id());
                statement.setString(3, record.organisation().value());
                statement.setObject(4, record.family().value());
                statement.setObject(5, record.createdOn());
                statement.setString(6, date.status().name());
                statement.setObject(7, date.reviewOn().orElse(null));
                statement.setString(8, date.endAction().name());
                statement.setBoolean(9, date.automaticDestruction());
                statement.setString(
                        10, deciding == null ? null : deciding.rule().value());
                statement.setObject(11, deciding == null ? null : deciding.ruleVersion());
                statement.setObject(12, deciding == null ? null : deciding.settingVersion());
                String explanation = date.explanation();
                statement.setString(13, explanation.length() > 4000 ? explanation.substring(0, 4000) : explanation);
                statement.setObject(14, computedAt.atOffset(ZoneOffset.UTC));
                statement.setObject(
                        15, early == null ? null : early.evaluation().date().orElseThrow());
                statement.setString(16, early == null ? null : early.rule().value());
                statement.setObject(17, early == null ? null : early.ruleVersion());
                statement.setObject(18, record.partOf());
                statement.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public void forget(RecordType type, UUID record) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "delete from retention_record where record_type = ? and record_id = ?")) {
                statement.setString(1, type.name());
                statement.setObject(2, record);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Page<KeptDate> due(
            OrganisationId organisation, LocalDate dueBy, RuleId rule, LocalDate today, PageRequest page) {
        List<Object> parameters = new ArrayList<>(List.of(organisation.value(), dueBy));
        String from = "from retention_record r where r.organisation = ? and r.status = 'DATED' and r.due_on <= ?";
        if (rule != null) {
            // Made due by the rule: its date came by the rule, or its early review did.
            from += " and ((r.deciding_rule = ? and r.review_on <= ?)"
                    + " or (r.early_review_rule = ? and r.early_review_on <= ?))";
            parameters.addAll(List.of(rule.value(), dueBy, rule.value(), dueBy));
        }
        from += NOT_HELD;
        // A record decided for destruction waits for the sweeper, not for another decision.
        from += " and not exists (select 1 from retention_decision d where d.record_type = r.record_type"
                + " and d.record_id = r.record_id and d.kind = 'DESTROY')";
        parameters.add(today);
        return Jdbc.page(
                entityManager, COLUMNS, from, "r.due_on, r.record_id", parameters, page, SqlRetentionRecords::read);
    }

    static KeptDate read(ResultSet row) throws SQLException {
        return new KeptDate(
                RecordType.valueOf(row.getString("record_type")),
                row.getObject("record_id", UUID.class),
                row.getObject("family_id", UUID.class),
                row.getObject("review_on", LocalDate.class),
                row.getString("deciding_rule") == null ? null : new RuleId(row.getString("deciding_rule")),
                row.getInt("rule_version"),
                (Integer) row.getObject("setting_version"),
                EndAction.valueOf(row.getString("end_action")),
                row.getBoolean("automatic_destruction"),
                row.getString("explanation"),
                row.getTimestamp("computed_at").toInstant(),
                row.getObject("queued_on", LocalDate.class),
                row.getString("early_review_rule") == null
                        ? null
                        : new KeptDate.EarlyReview(
                                row.getObject("early_review_on", LocalDate.class),
                                new RuleId(row.getString("early_review_rule")),
                                row.getInt("early_review_rule_version")));
    }
}
