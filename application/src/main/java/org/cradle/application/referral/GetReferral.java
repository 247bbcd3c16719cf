package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.person.People;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
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
    private final AuditTrail auditTrail;

    public GetReferral(Access access, ReferralParties parties, People people, AuditTrail auditTrail) {
        this.access = access;
        this.parties = parties;
        this.people = people;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public ReferralDetails get(Actor actor, ReferralId id) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Referral referral = parties.referral(permit, id, false);
        ReferralDetails details = new ReferralDetails(referral, people.findAll(referral.people()));
        for (Person person : details.people()) {
            auditTrail.record(ReferralParties.event(permit, AuditAction.REFERRAL_READ, referral, person.id()));
        }
        return details;
    }
}
