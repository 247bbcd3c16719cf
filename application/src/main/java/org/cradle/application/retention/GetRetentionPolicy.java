package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;

/** Whether the organisation requires a second records officer to approve each destruction. */
@ApplicationScoped
public class GetRetentionPolicy {

    private final Access access;
    private final RetentionDecisions decisions;

    public GetRetentionPolicy(Access access, RetentionDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public boolean secondApproval(Actor actor) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return decisions.secondApproval(actor.organisation());
    }
}
