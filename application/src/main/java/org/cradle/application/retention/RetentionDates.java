package org.cradle.application.retention;

import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetentionDate;
import org.cradle.domain.retention.RetentionSchedule;

/**
 * Keeps the records' retention dates true when something moves them: a step the use cases whose events
 * move a date take in their own transaction, so that a date is never left computed from facts that no
 * longer hold (an episode reopened, a date of birth corrected, a rule changed).
 */
@Dependent
public class RetentionDates {

    private final RetainedRecords records;
    private final RetentionRecords stored;
    private final RetentionDecisions decisions;
    private final Schedules schedules;
    private final Clock clock;

    public RetentionDates(
            RetainedRecords records,
            RetentionRecords stored,
            RetentionDecisions decisions,
            Schedules schedules,
            Clock clock) {
        this.records = records;
        this.stored = stored;
        this.decisions = decisions;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** The record's date by its rules, as a records officer's latest extension or keep leaves it. */
    public RetentionDate dateOf(RetainedRecord record, RetentionSchedule schedule) {
        RetentionDate date = schedule.dateOf(record);
        return decisions
                .latestExtension(record.type(), record.id())
                .map(decision -> date.extendedTo(decision.until(), decision.reason()))
                .orElse(date);
    }

    /** Every record of the family: an episode's date counts from the latest close of its organisation's episodes. */
    public void recomputeFamily(FamilyId family) {
        recompute(family, null, new HashMap<>());
    }

    /** Every record of every family the person belongs to: their dates of birth and death are inputs. */
    public void recomputePerson(PersonId person) {
        Map<OrganisationId, RetentionSchedule> scheduleOf = new HashMap<>();
        records.familiesOf(person).forEach(family -> recompute(family, null, scheduleOf));
    }

    /**
     * Every record of every family the organisation works with: its rules or its sector changed. Returns
     * how many records' dates were computed.
     */
    public int recomputeOrganisation(OrganisationId organisation) {
        Map<OrganisationId, RetentionSchedule> scheduleOf = new HashMap<>();
        int computed = 0;
        for (FamilyId family : records.familiesWorkedBy(organisation)) {
            computed += recompute(family, organisation, scheduleOf);
        }
        return computed;
    }

    /** The family's records, only the organisation's when one is named; how many were computed. */
    private int recompute(FamilyId family, OrganisationId only, Map<OrganisationId, RetentionSchedule> scheduleOf) {
        int computed = 0;
        for (RetainedRecord record : records.ofFamily(family)) {
            if (only != null && !only.equals(record.organisation())) {
                continue;
            }
            RetentionSchedule schedule = scheduleOf.computeIfAbsent(record.organisation(), schedules::of);
            stored.save(record, dateOf(record, schedule), clock.instant());
            computed++;
        }
        return computed;
    }
}
