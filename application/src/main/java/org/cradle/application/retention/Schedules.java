package org.cradle.application.retention;

import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.RetentionSchedule;

/** The schedule as an organisation has it today: a step the retention use cases share. */
@Dependent
public class Schedules {

    private final RetentionRules rules;
    private final Clock clock;

    public Schedules(RetentionRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public RetentionSchedule of(OrganisationId organisation) {
        return RetentionSchedule.of(rules.versions(), rules.settingsOf(organisation), today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
