package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;

/** The receiving organisation does not take the family on, and says why; it never sees more of the family. */
@ApplicationScoped
public class DeclineReferral {

    public record Command(ReferralId referral, String reason) {
        public Command {
            Objects.requireNonNull(referral, "referral");
        }
    }

    private final Access access;
    private final ReferralParties parties;
    private final Referrals referrals;
    private final People people;

    public DeclineReferral(Access access, ReferralParties parties, Referrals referrals, People people) {
        this.access = access;
        this.parties = parties;
        this.referrals = referrals;
        this.people = people;
    }

    @Transactional
    public ReferralDetails decline(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        Referral referral = parties.referral(permit, command.referral(), true);
        referral.decline(actor.organisation(), actor.subject(), command.reason(), permit.at());
        Referral stored = referrals.update(referral);
        permit.handOver(ReferralParties.fact(AuditAction.REFERRAL_DECLINED, stored));
        return new ReferralDetails(stored, people.findAll(stored.people()));
    }
}
