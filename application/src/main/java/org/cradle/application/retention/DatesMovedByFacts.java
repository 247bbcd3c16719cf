package org.cradle.application.retention;

import jakarta.enterprise.context.Dependent;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Permit;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Retention's part of what follows a fact: the one list of the facts that move retention dates, and
 * what each moves. A use case does not recompute dates itself (nothing would fail if it forgot); it
 * hands its facts over, and the dates they move are recomputed here, in its transaction, so that no
 * date is left computed from facts that no longer hold.
 */
@Dependent
public class DatesMovedByFacts {

    /**
     * Facts that move the dates of every record of the family: an episode's records count from the
     * latest close of its organisation's episodes, and who is in the family says whose records they are.
     */
    static final Set<AuditAction> MOVE_THE_FAMILY = EnumSet.of(
            AuditAction.EPISODE_OPENED,
            AuditAction.EPISODE_CLOSED,
            AuditAction.EPISODE_REOPENED,
            AuditAction.EPISODE_CLOSURE_CORRECTED,
            AuditAction.MEMBER_ADDED,
            // a recording is dated from its summary, its ownership and the record it belongs to
            AuditAction.VIDEO_UPLOAD_CREATED,
            AuditAction.VIDEO_OWNERSHIP_DECIDED,
            AuditAction.VIDEO_SUMMARY_RECORDED);

    /** Facts that end a record before its date: it has no date to keep any more. */
    static final Set<AuditAction> END_THE_RECORD = EnumSet.of(
            AuditAction.VIDEO_DELETED, AuditAction.VIDEO_UPLOAD_TERMINATED, AuditAction.VIDEO_UPLOAD_EXPIRED);

    /** Facts that move the dates of every family the person belongs to: their dates of birth and death. */
    static final Set<AuditAction> MOVE_THE_PERSON = EnumSet.of(AuditAction.PERSON_DETAILS_CORRECTED);

    private record Ended(RecordType type, UUID id) {}

    private final RetentionDates dates;

    public DatesMovedByFacts(RetentionDates dates) {
        this.dates = dates;
    }

    /** Recomputes, once each, what the facts move; a family the permit's unit of work names twice, once. */
    public void recompute(Permit permit, List<Fact> facts) {
        Set<FamilyId> families = new LinkedHashSet<>();
        Set<PersonId> people = new LinkedHashSet<>();
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        Set<Ended> ended = new LinkedHashSet<>();
        for (Fact fact : facts) {
            if (fact instanceof Fact.ScheduleChanged changed) {
                organisations.add(changed.organisation());
            } else if (fact instanceof Fact.OfRecord record) {
                if (END_THE_RECORD.contains(record.what())) {
                    ended.add(new Ended(record.type(), record.record()));
                } else if (MOVE_THE_FAMILY.contains(record.what())) {
                    families.add(record.family() != null ? record.family() : permit.family());
                } else if (MOVE_THE_PERSON.contains(record.what())) {
                    people.add(record.whose());
                }
            }
        }
        ended.forEach(record -> dates.forget(record.type(), record.id()));
        families.forEach(dates::recomputeFamily);
        people.forEach(dates::recomputePerson);
        organisations.forEach(dates::recomputeOrganisation);
    }
}
