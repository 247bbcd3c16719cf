package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.person.Person;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;

/**
 * Reads one referral: for the organisation that made it and the one it was made to (before it
 * answers, the referral's own content is all the receiving organisation sees of the family). To
 * anyone else it does not exist.
 */
@ApplicationScoped
public class GetReferral {

    private final Access access;
    private final ReferralParties parties;
    private final People people;

    public GetReferral(Access access, ReferralParties parties, People people) {
        this.access = access;
        this.parties = parties;
        this.people = people;
    }

    @Transactional
    public ReferralDetails get(Actor actor, ReferralId id) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Referral referral = parties.referral(permit, id, false);
        ReferralDetails details = new ReferralDetails(referral, people.findAll(referral.people()));
        for (Person person : details.people()) {
            permit.handOver(ReferralParties.fact(AuditAction.REFERRAL_READ, referral, person.id()));
        }
        return details;
    }
}
