package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
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

    public GetSharingDecision(Access access, SharingDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public SharingDecisionDetails get(Actor actor, SharingDecisionId id) {
        Permit permit = access.require(actor, Capability.READ_DISCLOSURES);
        SharingDecision decision = access.found(
                actor,
                decisions.find(id).filter(d -> d.isVisibleTo(actor.organisation())),
                RecordType.SHARING_DECISION,
                id.value());
        permit.handOver(decision.proposal().subjects().stream()
                .map(subject -> Fact.of(AuditAction.SHARING_DECISION_READ, RecordType.SHARING_DECISION, id.value())
                        .in(decision.family())
                        .about(subject, InformationCategory.BASIC_DETAILS))
                .toList());
        return new SharingDecisionDetails(decision, decisions.tellings(id));
    }
}
