package org.cradle.application.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetainedRecording;
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

    /**
     * The record's date by its rules, as a records officer's latest extension or keep leaves it: the early
     * reviews due by the day of that decision were done by it.
     */
    public RetentionDate dateOf(RetainedRecord record, RetentionSchedule schedule) {
        return asDecided(record, schedule.dateOf(record));
    }

    /** The date as a records officer's latest extension or keep of the record leaves it. */
    private RetentionDate asDecided(RetainedRecord record, RetentionDate date) {
        return decisions
                .latestExtension(record.type(), record.id())
                .map(decision -> date.reviewedOn(LocalDate.ofInstant(decision.decidedAt(), clock.getZone()))
                        .extendedTo(decision.until(), decision.reason()))
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

    /** How far an organisation's recomputation went: records computed, and the last family done. */
    public record Recomputed(int records, FamilyId last) {}

    /** Families per batch of an organisation's recomputation. */
    public static final int FAMILIES_PER_BATCH = 500;

    /**
     * Every record of every family the organisation works with, in this transaction: its rules or its
     * sector changed, and its dates must move with the change. Returns how many records were computed.
     */
    public int recomputeOrganisation(OrganisationId organisation) {
        return inBatches(after -> recomputeOrganisation(organisation, after));
    }

    /**
     * Runs {@code batch} from the first family on, each time after the last family the one before did,
     * until one does none; how many records were computed in all.
     */
    static int inBatches(java.util.function.Function<FamilyId, Recomputed> batch) {
        int computed = 0;
        FamilyId after = null;
        Recomputed done;
        while ((done = batch.apply(after)).last() != null) {
            computed += done.records();
            after = done.last();
        }
        return computed;
    }

    /** The organisation's records of the next {@link #FAMILIES_PER_BATCH} families after {@code after}. */
    public Recomputed recomputeOrganisation(OrganisationId organisation, FamilyId after) {
        Map<OrganisationId, RetentionSchedule> scheduleOf = new HashMap<>();
        int computed = 0;
        FamilyId last = null;
        for (FamilyId family : records.familiesWorkedBy(organisation, after, FAMILIES_PER_BATCH)) {
            computed += recompute(family, organisation, scheduleOf);
            last = family;
        }
        return new Recomputed(computed, last);
    }

    /**
     * The same, in a transaction of its own: a recomputation of a large organisation commits as it goes,
     * holds no transaction open for minutes, and when stopped is simply run again (it is idempotent).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Recomputed recomputeOrganisationOnItsOwn(OrganisationId organisation, FamilyId after) {
        return recomputeOrganisation(organisation, after);
    }

    /** The record's date kept, and forgotten when it is gone. */
    public void forget(RecordType type, UUID record) {
        stored.forget(type, record);
    }

    /**
     * The family's records, only the organisation's when one is named; how many were computed. A
     * recording is dated from the record it belongs to (its episode's), as computed just before it; its
     * rule's date is its own, and so is a records officer's decision about it.
     */
    private int recompute(FamilyId family, OrganisationId only, Map<OrganisationId, RetentionSchedule> scheduleOf) {
        int computed = 0;
        Map<UUID, RetainedRecord> episodes = new HashMap<>();
        Map<UUID, RetentionDate> episodeDates = new HashMap<>();
        for (RetainedRecord record : records.ofFamily(family)) {
            if (only != null && !only.equals(record.organisation())) {
                continue;
            }
            RetentionSchedule schedule = scheduleOf.computeIfAbsent(record.organisation(), schedules::of);
            RetentionDate date = dateOf(record, schedule);
            stored.save(record, date, clock.instant());
            episodes.put(record.id(), record);
            episodeDates.put(record.id(), date);
            computed++;
        }
        for (RetainedRecording recording : records.recordingsOfFamily(family)) {
            RetainedRecord host = episodes.get(recording.host());
            if (host == null) {
                // another organisation's, when only one's are recomputed
                continue;
            }
            RetainedRecord record = recording.asRecord(host);
            RetentionSchedule schedule = scheduleOf.get(host.organisation());
            RetentionDate date = asDecided(record, schedule.dateOfRecording(recording, episodeDates.get(host.id())));
            stored.save(record, date, clock.instant());
            computed++;
        }
        return computed;
    }
}
