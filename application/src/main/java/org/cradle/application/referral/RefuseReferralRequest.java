package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.application.sharing.ReferralDecisions;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;

/**
 * The organisation asked for a referral refuses, and says why; the asker learns nothing more. The
 * refusal is a decision not to share, recorded as one in the family where the refuser holds the person.
 */
@ApplicationScoped
public class RefuseReferralRequest {

    public record Command(ReferralRequestId request, String reason) {
        public Command {
            Objects.requireNonNull(request, "request");
        }
    }

    private final Access access;
    private final ReferralParties parties;
    private final ReferralRequests requests;
    private final People people;
    private final ReferralDecisions referralDecisions;

    public RefuseReferralRequest(
            Access access,
            ReferralParties parties,
            ReferralRequests requests,
            People people,
            ReferralDecisions referralDecisions) {
        this.referralDecisions = referralDecisions;
        this.access = access;
        this.parties = parties;
        this.requests = requests;
        this.people = people;
    }

    @Transactional
    public ReferralRequestDetails refuse(Actor actor, Command command) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        ReferralRequest request = parties.request(permit, command.request(), true);
        request.refuse(actor.organisation(), actor.subject(), command.reason(), permit.at());
        ReferralRequest stored = requests.update(request);
        access.familiesSeeing(actor, stored.person()).keySet().stream()
                .findFirst()
                .ifPresent(family -> referralDecisions.refuse(
                        access.require(actor, new Need.WorkWithFamily(Capability.MAKE_REFERRALS), family),
                        stored,
                        command.reason()));
        permit.handOver(Fact.of(
                        AuditAction.REFERRAL_REQUEST_REFUSED,
                        RecordType.REFERRAL_REQUEST,
                        stored.id().value())
                .about(stored.person(), null));
        return RequestViews.as(permit, stored, people);
    }
}
