package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.organisation.OrganisationId;

/**
 * The retention sweeper: puts records whose date has come in the review queue and carries out the
 * destructions decided (and approved) or automatic. A records officer sweeps their organisation's records
 * on demand; Cradle's own schedule sweeps every organisation's. It works a batch at a time in the
 * organisation's (date, id) order, each batch its own transaction, so that memory stays flat and a sweep
 * killed mid-way is finished by the next; several instances sweeping at once each take different records
 * (ADR 21). What a destruction leaves in a store (a video's blob) is removed after the batches commit. A dry run reports what a real run would do and changes nothing.
 */
@ApplicationScoped
public class SweepRetention {

    private final Access access;
    private final SweepBatch batch;
    private final Schedules schedules;
    private final Clock clock;
    private final SweepBatchSize batchSize;
    private final BytesOutsideTheDatabase leftovers;

    public SweepRetention(
            Access access,
            SweepBatch batch,
            Schedules schedules,
            Clock clock,
            SweepBatchSize batchSize,
            BytesOutsideTheDatabase leftovers) {
        this.access = access;
        this.batch = batch;
        this.schedules = schedules;
        this.clock = clock;
        this.batchSize = batchSize;
        this.leftovers = leftovers;
    }

    public SweepReport sweep(Actor actor, boolean dryRun) {
        access.require(actor, Capability.SWEEP_RETENTION);
        LocalDate today = schedules.today();
        SweepReport.Builder report = new SweepReport.Builder(dryRun, today, clock.instant());
        List<OrganisationId> organisations = actor.kind() == ActorKind.SYSTEM_PROCESS
                ? batch.organisationsDue(today)
                : List.of(actor.organisation());
        for (OrganisationId organisation : organisations) {
            RetentionSweeps.Position after = null;
            // A sweep whose thread is interrupted (the service stopping) stops between batches: what it
            // committed stands, and the next sweep carries on from there.
            while (!Thread.currentThread().isInterrupted()) {
                SweepReport.Batch done = batch.run(actor, organisation, after, today, batchSize.records(), dryRun);
                if (done.last() == null) {
                    break;
                }
                report.add(done);
                after = done.last();
            }
        }
        if (!dryRun) {
            // The destroyed videos' blobs, now that their keys' destruction is committed.
            leftovers.removeLeftovers();
        }
        return report.build(clock.instant());
    }
}
