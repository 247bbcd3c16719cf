package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.cradle.application.access.Access;
import org.cradle.application.access.Involvements;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.application.sharing.ReferralDecisions;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;

/**
 * The receiving organisation takes the family on: from now it works with the family, seeing the
 * people the referral names and, of the referring organisation's records about them, the categories
 * it names; it may open its own episode. Consent is asked again, since the information goes now.
 */
@ApplicationScoped
public class AcceptReferral {

    private final Access access;
    private final ReferralParties parties;
    private final Referrals referrals;
    private final ReferralConsent consent;
    private final ReferralDecisions referralDecisions;
    private final Involvements involvements;
    private final People people;
    private final Clock clock;

    public AcceptReferral(
            Access access,
            ReferralParties parties,
            Referrals referrals,
            ReferralConsent consent,
            ReferralDecisions referralDecisions,
            Involvements involvements,
            People people,
            Clock clock) {
        this.access = access;
        this.parties = parties;
        this.referrals = referrals;
        this.consent = consent;
        this.referralDecisions = referralDecisions;
        this.involvements = involvements;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public ReferralDetails accept(Actor actor, ReferralId id) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Referral referral = parties.referral(permit, id, true);
        referral.accept(actor.organisation(), actor.subject(), permit.at());
        if (referralDecisions.restsOnConsent(referral.id())) {
            consent.requireCovered(referral, LocalDate.ofInstant(permit.at(), clock.getZone()));
        }
        Referral stored = referrals.update(referral);
        involvements.addReferral(
                stored.family(),
                stored.to(),
                stored.from(),
                stored.id().value(),
                Set.copyOf(stored.people()),
                stored.categories(),
                permit.at());
        permit.handOver(ReferralParties.fact(AuditAction.REFERRAL_ACCEPTED, stored));
        return new ReferralDetails(stored, people.findAll(stored.people()));
    }
}
