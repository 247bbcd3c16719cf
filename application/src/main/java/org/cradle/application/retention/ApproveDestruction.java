package org.cradle.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.retention.ReviewDecision;

/**
 * A second records officer approves a destruction their organisation requires a second approval for:
 * never the officer who decided it, and once (two approving at once are serialised by a row lock).
 */
@ApplicationScoped
public class ApproveDestruction {

    private final Access access;
    private final RetentionDecisions decisions;

    public ApproveDestruction(Access access, RetentionDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public ReviewDecision approve(Actor actor, UUID decision) {
        Permit permit = access.require(actor, Capability.MANAGE_RETENTION);
        ReviewDecision found = access.found(
                actor,
                decisions.findForApproval(decision, actor.organisation()),
                RecordType.RETENTION_DECISION,
                decision);
        ReviewDecision approved = found.approved(actor.subject(), permit.at());
        decisions.approve(approved);
        permit.handOver(
                Fact.of(AuditAction.RETENTION_DESTRUCTION_APPROVED, approved.recordType(), approved.recordId()));
        return approved;
    }
}
