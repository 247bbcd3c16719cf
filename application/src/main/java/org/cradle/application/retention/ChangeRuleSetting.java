package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.retention.DateFormula;
import org.cradle.domain.retention.RetentionSchedule;
import org.cradle.domain.retention.RuleId;
import org.cradle.domain.retention.RuleSetting;

/**
 * A records officer sets their organisation's own formula for a configurable rule (the early-help
 * period) or switches automatic destruction on or off for a rule that ends in destruction. Every change
 * is a new version with who, when and why; the caller names the version it read, so that of two
 * officers changing a rule at once one is told, not overwritten. The organisation's records' dates are
 * recomputed in the same transaction.
 */
@ApplicationScoped
public class ChangeRuleSetting {

    /**
     * @param readVersion the setting version the caller read: 0 when the organisation had none
     * @param formula the organisation's formula, or null for the schedule's
     */
    public record Command(
            RuleId rule, int readVersion, DateFormula formula, boolean automaticDestruction, String reason) {}

    private final Access access;
    private final Schedules schedules;
    private final RetentionRules rules;

    public ChangeRuleSetting(Access access, Schedules schedules, RetentionRules rules) {
        this.access = access;
        this.schedules = schedules;
        this.rules = rules;
    }

    @Transactional
    public RetentionSchedule.InForce change(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.MANAGE_RETENTION);
        RetentionSchedule schedule = schedules.of(actor.organisation());
        RetentionSchedule.InForce current = schedule.rule(command.rule())
                .orElseThrow(() -> new RecordNotFoundException(
                        "retention rule", command.rule().value()));
        int version = current.setting().map(RuleSetting::version).orElse(0);
        if (command.readVersion() != version) {
            throw new StaleVersionException(
                    "retention rule setting", command.rule().value(), command.readVersion(), version);
        }
        RuleSetting setting = RuleSetting.change(
                current.rule(),
                actor.organisation(),
                version + 1,
                command.formula(),
                command.automaticDestruction(),
                actor.subject(),
                permit.at(),
                command.reason());
        RetentionSchedule changed = schedule.with(setting);
        rules.add(setting);
        permit.handOver(new Fact.ScheduleChanged(actor.organisation()));
        return changed.rule(command.rule()).orElseThrow();
    }
}
