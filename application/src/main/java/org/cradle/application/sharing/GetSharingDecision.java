package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;

/**
 * Reads one sharing decision: for the organisation that made it and, when it shared, the organisation
 * it shared with. To anyone else it does not exist.
 */
@ApplicationScoped
public class GetSharingDecision {

    private final Access access;
    private final SharingDecisions decisions;
    private final AuditTrail auditTrail;

    public GetSharingDecision(Access access, SharingDecisions decisions, AuditTrail auditTrail) {
        this.access = access;
        this.decisions = decisions;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public SharingDecisionDetails get(Actor actor, SharingDecisionId id) {
        Permit permit = access.require(actor, Capability.READ_DISCLOSURES);
        SharingDecision decision = access.found(
                actor,
                decisions.find(id).filter(d -> d.isVisibleTo(actor.organisation())),
                RecordType.SHARING_DECISION,
                id.value());
        Permit inFamily = permit.in(decision.family(), permit.ground());
        for (PersonId subject : decision.proposal().subjects()) {
            auditTrail.record(inFamily.event(
                    AuditAction.SHARING_DECISION_READ,
                    RecordType.SHARING_DECISION,
                    id.value(),
                    subject,
                    InformationCategory.BASIC_DETAILS));
        }
        return new SharingDecisionDetails(decision, decisions.tellings(id));
    }
}
