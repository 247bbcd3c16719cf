package org.cradle.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;

/**
 * Reads one request for a referral: for the organisation that asked (without the person or the
 * organisation asked) and the one asked (with the person). To anyone else it does not exist.
 */
@ApplicationScoped
public class GetReferralRequest {

    private final Access access;
    private final ReferralParties parties;
    private final People people;

    public GetReferralRequest(Access access, ReferralParties parties, People people) {
        this.access = access;
        this.parties = parties;
        this.people = people;
    }

    @Transactional
    public ReferralRequestDetails get(Actor actor, ReferralRequestId id) {
        Permit permit = access.require(actor, Capability.MAKE_REFERRALS);
        ReferralRequest request = parties.request(permit, id, false);
        ReferralRequestDetails details = RequestViews.as(permit, request, people);
        permit.handOver(RequestViews.read(details));
        return details;
    }
}
