package org.cradle.domain.retention;

import java.time.Instant;
import java.util.Objects;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.organisation.OrganisationId;

/**
 * One version of an organisation's choices for a rule: its own formula, where the rule is configurable,
 * and whether records due under it are destroyed without review. Every change is a new version saying
 * who made it, when and why; none is edited.
 *
 * @param formula the organisation's formula, or null to keep the schedule's
 */
public record RuleSetting(
        OrganisationId organisation,
        RuleId rule,
        int version,
        DateFormula formula,
        boolean automaticDestruction,
        String changedBy,
        Instant changedAt,
        String reason) {

    public static final int MAX_REASON_LENGTH = 1000;

    public RuleSetting {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(rule, "rule");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        reason = Text.required("reason", reason, MAX_REASON_LENGTH);
    }

    /**
     * The next version of the organisation's setting for {@code rule}, refused where the rule does not
     * allow it: a formula of its own only for a configurable rule, automatic destruction only for a rule
     * whose end action is destruction.
     */
    public static RuleSetting change(
            RetentionRule rule,
            OrganisationId organisation,
            int version,
            DateFormula formula,
            boolean automaticDestruction,
            String changedBy,
            Instant changedAt,
            String reason) {
        if (formula != null && !rule.configurable()) {
            throw new RuleViolationException(
                    "formula",
                    "not-configurable",
                    rule.id() + " is not configurable: its formula is the schedule's. Only automatic destruction"
                            + " can be chosen, where its end action is destruction.");
        }
        if (automaticDestruction && rule.endAction() != EndAction.DESTROY) {
            throw new RuleViolationException(
                    "automaticDestruction",
                    "review-only",
                    rule.id() + " ends in a records officer's review, never in destruction without one.");
        }
        if (formula != null && formula.references().contains(rule.id())) {
            throw new RuleViolationException(
                    "formula", "refers-to-itself", "A rule's formula cannot refer to the rule itself.");
        }
        return new RuleSetting(
                organisation, rule.id(), version, formula, automaticDestruction, changedBy, changedAt, reason);
    }
}
