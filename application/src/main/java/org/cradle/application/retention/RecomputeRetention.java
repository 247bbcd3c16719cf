package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;

/**
 * A records officer recomputes every retention date of their organisation's records: after an upgrade
 * that added records the dates were not yet kept for, or to check the queue against today's facts.
 * Idempotent: the same facts give the same dates, so one that stopped part-way is simply run again.
 */
@ApplicationScoped
public class RecomputeRetention {

    private final Access access;
    private final RetentionDates dates;

    public RecomputeRetention(Access access, RetentionDates dates) {
        this.access = access;
        this.dates = dates;
    }

    /**
     * How many records' dates were computed. Families are done a batch at a time, each batch committed on
     * its own: an organisation of a million records is not one transaction.
     */
    public int recompute(Actor actor) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return RetentionDates.inBatches(after -> dates.recomputeOrganisationOnItsOwn(actor.organisation(), after));
    }
}
