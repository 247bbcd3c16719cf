package org.cradle.adapters.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.retention.RetentionRules;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.Confidence;
import org.cradle.domain.retention.DateFormula;
import org.cradle.domain.retention.EndAction;
import org.cradle.domain.retention.RetentionRule;
import org.cradle.domain.retention.RuleId;
import org.cradle.domain.retention.RuleSetting;

/**
 * The schedule's rules and the organisations' settings in PostgreSQL ({@code retention_rule},
 * {@code retention_rule_setting}, V22): rows only ever added, the primary key turning a second setting of
 * the same version into a stale-version error.
 */
@ApplicationScoped
public class SqlRetentionRules implements RetentionRules {

    private static final String UNIQUE_VIOLATION = "23505";

    /** The setting's organisation is not in the directory, which a setting is kept against. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final EntityManager entityManager;

    public SqlRetentionRules(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<RetentionRule> versions() {
        return Jdbc.list(
                entityManager,
                "select id, version, record_class, formula, end_action, source, confidence, effective_from,"
                        + " configurable from retention_rule order by id, version",
                List.of(),
                SqlRetentionRules::rule);
    }

    @Override
    public List<RuleSetting> settingsOf(OrganisationId organisation) {
        return Jdbc.list(
                entityManager,
                "select organisation, rule_id, version, formula, automatic_destruction, changed_by, changed_at, reason"
                        + " from retention_rule_setting where organisation = ? order by rule_id, version",
                List.of(organisation.value()),
                SqlRetentionRules::setting);
    }

    @Override
    public void add(RuleSetting setting) {
        Jdbc.run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into retention_rule_setting (organisation, rule_id, version, formula,"
                            + " automatic_destruction, changed_by, changed_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " on conflict do nothing")) {
                statement.setString(1, setting.organisation().value());
                statement.setString(2, setting.rule().value());
                statement.setInt(3, setting.version());
                statement.setString(
                        4, setting.formula() == null ? null : setting.formula().text());
                statement.setBoolean(5, setting.automaticDestruction());
                statement.setString(6, setting.changedBy());
                statement.setObject(7, setting.changedAt().atOffset(ZoneOffset.UTC));
                statement.setString(8, setting.reason());
                if (statement.executeUpdate() == 0) {
                    throw new StaleVersionException(
                            "retention rule setting", setting.rule().value());
                }
                return null;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new StaleVersionException(
                            "retention rule setting", setting.rule().value());
                }
                if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                    throw new RuleViolationException(
                            "not-in-directory",
                            "Organisation " + setting.organisation() + " is not in the directory: an administrator"
                                    + " registers it (PUT /organisations/{code}) before it sets its own retention.");
                }
                throw e;
            }
        });
    }

    private static RetentionRule rule(ResultSet row) throws SQLException {
        return new RetentionRule(
                new RuleId(row.getString("id")),
                row.getInt("version"),
                row.getString("record_class"),
                DateFormula.parse(row.getString("formula")),
                EndAction.valueOf(row.getString("end_action")),
                row.getString("source"),
                Confidence.valueOf(row.getString("confidence")),
                row.getObject("effective_from", LocalDate.class),
                row.getBoolean("configurable"));
    }

    private static RuleSetting setting(ResultSet row) throws SQLException {
        String formula = row.getString("formula");
        return new RuleSetting(
                new OrganisationId(row.getString("organisation")),
                new RuleId(row.getString("rule_id")),
                row.getInt("version"),
                formula == null ? null : DateFormula.parse(formula),
                row.getBoolean("automatic_destruction"),
                row.getString("changed_by"),
                row.getTimestamp("changed_at").toInstant(),
                row.getString("reason"));
    }
}
