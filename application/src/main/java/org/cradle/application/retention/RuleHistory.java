package org.cradle.application.retention;

import java.util.List;
import org.cradle.domain.retention.RetentionRule;
import org.cradle.domain.retention.RetentionSchedule;
import org.cradle.domain.retention.RuleSetting;

/** One rule as the organisation has it, with every version of the schedule's rule and of its setting. */
public record RuleHistory(RetentionSchedule.InForce inForce, List<RetentionRule> versions, List<RuleSetting> settings) {

    public RuleHistory {
        versions = List.copyOf(versions);
        settings = List.copyOf(settings);
    }
}
