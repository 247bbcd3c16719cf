package org.cradle.application.sharing;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Set;
import org.cradle.application.access.Permit;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.SharingOutcome;
import org.cradle.domain.sharing.Urgency;
import org.cradle.domain.sharing.WithoutConsent;

/**
 * A referral is a decision to share: the flowchart is walked for it, on consent or on a lawful basis,
 * and the decision recorded with the referral it makes, in the same transaction. A step that making a
 * referral takes, not a use case: the referral's use case holds the permit.
 *
 * <p>The decision does not itself open the referrer's records to the organisation referred to: the
 * referral does, once accepted (the access policy reads accepted referrals, and reads decisions that
 * are not referrals' as shares).
 */
@Dependent
public class ReferralDecisions {

    private final ShareFacts facts;
    private final SharingDecisions decisions;

    public ReferralDecisions(ShareFacts facts, SharingDecisions decisions) {
        this.facts = facts;
        this.decisions = decisions;
    }

    /**
     * The decision that {@code referral} is, or a refusal naming what a share without consent lacks.
     * Writes nothing: {@link #record} does, once the referral is stored.
     */
    public SharingDecision decide(
            Permit permit,
            Referral referral,
            WithoutConsent withoutConsent,
            Boolean subjectsTold,
            String notToldReason) {
        ShareProposal proposal = ShareProposal.referral(referral, withoutConsent);
        SharingAdvice advice = facts.advise(permit, referral.family(), proposal);
        SharingDecision decision = SharingDecision.decide(
                SharingDecisionId.newId(permit.at()),
                referral.family(),
                permit.actor(),
                proposal,
                SharingChoice.SHARE,
                advice,
                null,
                Urgency.ROUTINE,
                subjectsTold,
                notToldReason,
                List.of(),
                null,
                referral.id(),
                permit.at());
        return decision;
    }

    /** Records the referral's decision, audited for each person it is about. */
    public void record(Permit permit, SharingDecision decision) {
        decisions.add(decision);
        facts.handOver(
                permit,
                AuditAction.SHARING_DECIDED,
                decision.proposal(),
                decision.id().value());
    }

    /**
     * Records the refusal of another organisation's request for a referral as the decision not to share
     * that it is, in the family of the person asked about that {@code permit} is for: the asker's
     * purpose, the person, their basic details, the asker as recipient, the reason given as the note.
     */
    public SharingDecision refuse(Permit permit, ReferralRequest request, String reason) {
        ShareProposal proposal = new ShareProposal(
                request.purpose(),
                "Request from " + request.asker() + " for a referral"
                        + request.note().map(note -> ": " + note).orElse("."),
                Set.of(request.person()),
                Set.of(InformationCategory.BASIC_DETAILS),
                Party.organisation(request.asker(), null, null),
                true,
                true,
                null);
        SharingAdvice advice = facts.advise(permit, permit.family(), proposal);
        SharingDecision decision = SharingDecision.decide(
                SharingDecisionId.newId(permit.at()),
                permit.family(),
                permit.actor(),
                proposal,
                SharingChoice.DO_NOT_SHARE,
                advice,
                reason,
                Urgency.ROUTINE,
                null,
                null,
                List.of(),
                null,
                null,
                permit.at());
        record(permit, decision);
        return decision;
    }

    /**
     * Whether the referral rests on consent, to be asked again when it is accepted (when the information
     * goes): so do referrals made before referrals were recorded as decisions. One made on a lawful basis
     * instead does not ask consent again: the basis was made out when it was decided.
     */
    public boolean restsOnConsent(ReferralId referral) {
        return decisions
                .forReferral(referral)
                .map(d -> d.advice().outcome() != SharingOutcome.SHARE_WITHOUT_CONSENT)
                .orElse(true);
    }
}
