package org.cradle.application.retention;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.DestructionCertificate;
import org.cradle.domain.retention.SweepCandidate;
import org.cradle.domain.retention.SweepRule;

/**
 * One batch of a sweep in a transaction of its own: claim the next records (locked, skipping those
 * another sweep holds), decide each by the sweep rule, queue and destroy, and commit, so that a sweep
 * killed mid-way loses at most its open batch and the next sweep redoes it. A dry run does exactly the
 * same and rolls back (ADR 21).
 */
@Dependent
public class SweepBatch {

    private final Access access;
    private final RetentionSweeps sweeps;
    private final TransactionSynchronizationRegistry transaction;
    private final BackupRetention backups;
    private final Clock clock;

    public SweepBatch(
            Access access,
            RetentionSweeps sweeps,
            TransactionSynchronizationRegistry transaction,
            BackupRetention backups,
            Clock clock) {
        this.access = access;
        this.sweeps = sweeps;
        this.transaction = transaction;
        this.backups = backups;
        this.clock = clock;
    }

    /**
     * The organisations with a record due by {@code today}, for a sweep of them all (Cradle's schedule),
     * read in a transaction of its own: the scheduled sweep runs outside any request.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OrganisationId> organisationsDue(LocalDate today) {
        return sweeps.organisationsDue(today);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SweepReport.Batch run(
            Actor actor,
            OrganisationId organisation,
            RetentionSweeps.Position after,
            LocalDate today,
            int size,
            boolean dryRun) {
        // A permit of the batch's own: its unit of work is this transaction, and its time the batch's.
        Permit permit = access.require(actor, Capability.SWEEP_RETENTION);
        Instant at = permit.at();
        LocalDate backupsAgeOut = backups.ageOutAfter(at, clock);
        List<SweepCandidate> claimed = sweeps.claim(organisation, after, today, size);
        List<SweepReport.Swept> swept = new ArrayList<>(claimed.size());
        List<SweepCandidate> queued = new ArrayList<>();
        List<DestructionCertificate> certificates = new ArrayList<>();
        for (SweepCandidate record : claimed) {
            SweepRule.Step step = SweepRule.stepFor(record, today);
            swept.add(new SweepReport.Swept(
                    record.recordType(), record.recordId(), record.organisation(), step.action(), step.reason()));
            if (step.action() == SweepRule.Action.QUEUE) {
                queued.add(record);
            } else if (step.action() == SweepRule.Action.DESTROY) {
                certificates.add(DestructionCertificate.issue(
                        UUID.randomUUID(), record, step, actor.subject(), at, backupsAgeOut));
            }
        }
        sweeps.queue(queued, today);
        Map<String, Integer> removed = certificates.isEmpty() ? Map.of() : sweeps.destroy(certificates);
        permit.handOver(certificates.stream()
                .map(certificate -> Fact.of(
                                AuditAction.RETENTION_RECORD_DESTROYED,
                                certificate.recordType(),
                                certificate.recordId())
                        .in(new FamilyId(certificate.family())))
                .toList());
        if (dryRun) {
            transaction.setRollbackOnly();
        }
        SweepCandidate last = claimed.isEmpty() ? null : claimed.get(claimed.size() - 1);
        return new SweepReport.Batch(
                swept, removed, last == null ? null : new RetentionSweeps.Position(last.dueOn(), last.recordId()));
    }
}
