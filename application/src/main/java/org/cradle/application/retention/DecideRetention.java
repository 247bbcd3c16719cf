package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.ConflictException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.retention.KeptDate;
import org.cradle.domain.retention.LegalHold;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.ReviewDecision;

/**
 * A records officer decides on records in the queue, one or many at once: destroy, extend to a new date,
 * or keep with a next review date, with the reason. Every record must be the organisation's, due, under
 * no hold, and not already decided for destruction; one that is not refuses the whole decision, naming
 * it, and nothing is written. An extension or a keep moves the record's date at once.
 */
@ApplicationScoped
public class DecideRetention {

    public static final int MAX_RECORDS = 100;

    public record Command(List<UUID> records, ReviewDecision.Kind kind, LocalDate until, String reason) {}

    private final Access access;
    private final RetentionRecords retentionRecords;
    private final RetainedRecords retained;
    private final LegalHolds holds;
    private final RetentionDecisions decisions;
    private final RetentionDates dates;
    private final Schedules schedules;

    public DecideRetention(
            Access access,
            RetentionRecords retentionRecords,
            RetainedRecords retained,
            LegalHolds holds,
            RetentionDecisions decisions,
            RetentionDates dates,
            Schedules schedules) {
        this.access = access;
        this.retentionRecords = retentionRecords;
        this.retained = retained;
        this.holds = holds;
        this.decisions = decisions;
        this.dates = dates;
        this.schedules = schedules;
    }

    @Transactional
    public List<ReviewDecision> decide(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.MANAGE_RETENTION);
        LocalDate today = schedules.today();
        boolean secondApproval = decisions.secondApproval(actor.organisation());
        List<LegalHold> active = holds.unreleased(actor.organisation());
        List<ReviewDecision> made = new ArrayList<>();
        for (int i = 0; i < command.records().size(); i++) {
            UUID id = command.records().get(i);
            String field = "records[" + i + "]";
            KeptDate kept = retentionRecords
                    .find(id, actor.organisation())
                    .orElseThrow(() -> new RuleViolationException(
                            field, "unknown-record", "Record " + id + " is not one of your organisation's."));
            if (kept.dueOn() == null || kept.dueOn().isAfter(today)) {
                throw new RuleViolationException(field, "not-due", "Record " + id + " is not due for review.");
            }
            RetainedRecord facts = facts(kept).orElseThrow();
            if (active.stream().anyMatch(hold -> hold.holds(facts, today))) {
                throw new RuleViolationException(field, "held", "Record " + id + " is under a legal hold.");
            }
            if (decisions.destructionDecided(kept.type(), id)) {
                throw new ConflictException("already-decided", "Record " + id + " is already decided for destruction.");
            }
            ReviewDecision decision = ReviewDecision.decide(
                    kept.type(),
                    id,
                    actor.organisation(),
                    command.kind(),
                    command.until(),
                    command.reason(),
                    actor.subject(),
                    permit.at(),
                    today,
                    secondApproval);
            decisions.add(decision);
            if (decision.kind() != ReviewDecision.Kind.DESTROY) {
                dates.recomputeFamily(new FamilyId(kept.family()));
            }
            permit.handOver(Fact.of(AuditAction.RETENTION_DECIDED, kept.type(), id));
            made.add(decision);
        }
        return made;
    }

    /** What the holds are asked about the kept record: an episode's facts, or a recording's beside its episode. */
    private java.util.Optional<RetainedRecord> facts(KeptDate kept) {
        if (kept.type() == RecordType.VIDEO) {
            return retained.recordingsOfFamily(new FamilyId(kept.family())).stream()
                    .filter(recording -> recording.id().equals(kept.id()))
                    .findFirst()
                    .flatMap(recording ->
                            retained.ofEpisode(new EpisodeId(recording.host())).map(recording::asRecord));
        }
        return retained.ofEpisode(new EpisodeId(kept.id()));
    }
}
