package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharingAdvice;

/**
 * Walks the sharing flowchart for a proposed share, without deciding: the answer and the path it took,
 * so that the practitioner sees what the procedure says before recording a decision. Asking reads what
 * the subjects' consents cover, so it is audited for each subject.
 */
@ApplicationScoped
public class ProposeShare {

    private final Access access;
    private final ShareFacts facts;

    public ProposeShare(Access access, ShareFacts facts) {
        this.access = access;
        this.facts = facts;
    }

    @Transactional
    public SharingAdvice propose(Actor actor, FamilyId family, ShareProposal proposal) {
        Permit permit = access.require(actor, new Need.WorkWithFamily(Capability.DECIDE_SHARING), family);
        facts.asWritten(permit, family, proposal);
        SharingAdvice advice = facts.advise(permit, family, proposal);
        facts.handOver(permit, AuditAction.SHARE_PROPOSED, proposal, null);
        return advice;
    }
}
