package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.retention.ReviewDecision;

/** The organisation's retention decisions, newest first; or the destructions awaiting a second approval. */
@ApplicationScoped
public class ListRetentionDecisions {

    private final Access access;
    private final RetentionDecisions decisions;

    public ListRetentionDecisions(Access access, RetentionDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public Page<ReviewDecision> list(Actor actor, boolean awaitingApproval, PageRequest page) {
        access.require(actor, Capability.MANAGE_RETENTION);
        return decisions.of(actor.organisation(), awaitingApproval, page);
    }
}
