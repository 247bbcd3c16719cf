package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import org.cradle.application.access.Access;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.retention.RetentionRule;
import org.cradle.domain.retention.RuleId;
import org.cradle.domain.retention.RuleSetting;

/** One rule with its history: the schedule's versions and the organisation's settings, oldest first. */
@ApplicationScoped
public class GetRetentionRule {

    private final Access access;
    private final Schedules schedules;
    private final RetentionRules rules;

    public GetRetentionRule(Access access, Schedules schedules, RetentionRules rules) {
        this.access = access;
        this.schedules = schedules;
        this.rules = rules;
    }

    @Transactional
    public RuleHistory get(Actor actor, RuleId id) {
        access.requireSignedIn(actor);
        return new RuleHistory(
                schedules
                        .of(actor.organisation())
                        .rule(id)
                        .orElseThrow(() -> new RecordNotFoundException("retention rule", id.value())),
                rules.versions().stream()
                        .filter(rule -> rule.id().equals(id))
                        .sorted(Comparator.comparingInt(RetentionRule::version))
                        .toList(),
                rules.settingsOf(actor.organisation()).stream()
                        .filter(setting -> setting.rule().equals(id))
                        .sorted(Comparator.comparingInt(RuleSetting::version))
                        .toList());
    }
}
