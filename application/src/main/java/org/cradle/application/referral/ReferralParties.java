package org.cradle.application.referral;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;

/**
 * A referral, or a request for one, is seen only by the two organisations it is between. To anyone
 * else it does not exist: the access service records the refusal and answers exactly as for an
 * unknown id.
 *
 * <p>Not a use case but a step the referral use cases share.
 */
@Dependent
public class ReferralParties {

    private final Access access;
    private final Referrals referrals;
    private final ReferralRequests requests;

    public ReferralParties(Access access, Referrals referrals, ReferralRequests requests) {
        this.access = access;
        this.referrals = referrals;
        this.requests = requests;
    }

    /** The referral, when the permit's organisation made or received it. */
    public Referral referral(Permit permit, ReferralId id, boolean forChange) {
        Optional<Referral> found = forChange ? referrals.findForChange(id) : referrals.find(id);
        return access.found(
                permit.actor(),
                found.filter(r -> r.isBetween(permit.actor().organisation())),
                RecordType.REFERRAL,
                id.value());
    }

    /** The request, when the permit's organisation asked it or was asked. */
    public ReferralRequest request(Permit permit, ReferralRequestId id, boolean forChange) {
        Optional<ReferralRequest> found = forChange ? requests.findForChange(id) : requests.find(id);
        return access.found(
                permit.actor(),
                found.filter(r -> r.isBetween(permit.actor().organisation())),
                RecordType.REFERRAL_REQUEST,
                id.value());
    }

    /** A fact about the referral, in its family (which the permit, outside any family, does not name). */
    public static Fact.OfRecord fact(AuditAction action, Referral referral) {
        return Fact.of(action, RecordType.REFERRAL, referral.id().value()).in(referral.family());
    }

    /** The same, saying that a named person's basic details were shown. */
    public static Fact.OfRecord fact(AuditAction action, Referral referral, PersonId shown) {
        return fact(action, referral).about(shown, InformationCategory.BASIC_DETAILS);
    }
}
