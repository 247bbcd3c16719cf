package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.sharing.SharingDecision;

/**
 * The disclosure log: every decision that shared, or refused to share, information — with whom, when,
 * why — that the actor's organisation made or received, newest first. For a person it is what a
 * subject-access request asks, "who has my information been shared with"; for a family, or for the
 * organisation as a whole by recipient and period, it is what a Caldicott guardian reviews.
 */
@ApplicationScoped
public class ListDisclosures {

    private final Access access;
    private final SharingDecisions decisions;

    public ListDisclosures(Access access, SharingDecisions decisions) {
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public Page<SharingDecision> list(Actor actor, DisclosureQuery query, PageRequest page) {
        if (query.person() != null) {
            Permit permit = access.requireForPerson(
                    actor, p -> new Need.SeePerson(p, Capability.READ_DISCLOSURES), query.person());
            Page<SharingDecision> found = decisions.find(query, actor.organisation(), page);
            permit.handOver(Fact.of(
                            AuditAction.DISCLOSURE_LOG_READ,
                            RecordType.PERSON,
                            query.person().value())
                    .about(query.person(), InformationCategory.BASIC_DETAILS));
            return found;
        }
        Permit permit = query.family() != null
                ? access.require(actor, new Need.SeeFamily(Capability.READ_DISCLOSURES), query.family())
                : access.require(actor, Capability.READ_DISCLOSURES);
        Page<SharingDecision> found = decisions.find(query, actor.organisation(), page);
        // Without one person to name, every decision shown is a read of its subjects' information.
        permit.handOver(found.items().stream()
                .flatMap(decision -> decision.proposal().subjects().stream().map(subject -> Fact.of(
                                AuditAction.DISCLOSURE_LOG_READ,
                                RecordType.SHARING_DECISION,
                                decision.id().value())
                        .in(decision.family())
                        .about(subject, InformationCategory.BASIC_DETAILS)))
                .toList());
        return found;
    }
}
