package org.cradle.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.sharing.Consultation;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.Urgency;

/**
 * Records a decision to share, or not to share: the flowchart is walked again when deciding, on the
 * consents in force that day, and the decision is kept with its path. A share the flowchart does not
 * allow is refused and nothing is written.
 */
@ApplicationScoped
public class RecordSharingDecision {

    /** What the decider says beyond the proposal. */
    public record Command(
            ShareProposal proposal,
            SharingChoice choice,
            String note,
            Urgency urgency,
            Boolean subjectsTold,
            String notToldReason,
            List<Consultation> consulted,
            SharingDecisionId corrects) {}

    private final Access access;
    private final ShareFacts facts;
    private final SharingDecisions decisions;

    public RecordSharingDecision(Access access, ShareFacts facts, SharingDecisions decisions) {
        this.access = access;
        this.facts = facts;
        this.decisions = decisions;
    }

    @Transactional
    public SharingDecision record(Actor actor, FamilyId family, Command command) {
        Permit permit = access.require(actor, new Need.WorkWithFamily(Capability.DECIDE_SHARING), family);
        if (command.corrects() != null
                && decisions
                        .find(command.corrects())
                        .filter(d ->
                                d.family().equals(family) && d.organisation().equals(actor.organisation()))
                        .isEmpty()) {
            throw new RuleViolationException(
                    "corrects",
                    "unknown-decision",
                    "corrects must name a decision your organisation recorded for this family.");
        }
        ShareProposal proposal = facts.asWritten(permit, family, command.proposal());
        SharingAdvice advice = facts.advise(permit, family, proposal);
        SharingDecision decision = SharingDecision.decide(
                SharingDecisionId.newId(permit.at()),
                family,
                actor,
                proposal,
                command.choice(),
                advice,
                command.note(),
                command.urgency(),
                command.subjectsTold(),
                command.notToldReason(),
                command.consulted(),
                command.corrects(),
                null,
                permit.at());
        decisions.add(decision);
        facts.handOver(
                permit, AuditAction.SHARING_DECIDED, proposal, decision.id().value());
        return decision;
    }
}
