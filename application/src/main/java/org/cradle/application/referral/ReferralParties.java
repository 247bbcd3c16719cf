package org.cradle.application.referral;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import java.util.UUID;
import org.cradle.application.access.AccessDenials;
import org.cradle.application.access.Permit;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;

/**
 * A referral, or a request for one, is seen only by the two organisations it is between. To anyone
 * else it does not exist: the refusal is recorded as {@code ACCESS_DENIED}, as the access service
 * records its own, and answered exactly as for an unknown id.
 *
 * <p>Not a use case but a step the referral use cases share.
 */
@Dependent
public class ReferralParties {

    private final Referrals referrals;
    private final ReferralRequests requests;
    private final AccessDenials denials;

    public ReferralParties(Referrals referrals, ReferralRequests requests, AccessDenials denials) {
        this.referrals = referrals;
        this.requests = requests;
        this.denials = denials;
    }

    /** The referral, when the permit's organisation made or received it. */
    public Referral referral(Permit permit, ReferralId id, boolean forChange) {
        Optional<Referral> found = forChange ? referrals.findForChange(id) : referrals.find(id);
        if (found.filter(r -> r.isBetween(permit.actor().organisation())).isEmpty()) {
            throw hidden(permit, RecordType.REFERRAL, "referral", id.value(), found.map(Referral::family));
        }
        return found.get();
    }

    /** The request, when the permit's organisation asked it or was asked. */
    public ReferralRequest request(Permit permit, ReferralRequestId id, boolean forChange) {
        Optional<ReferralRequest> found = forChange ? requests.findForChange(id) : requests.find(id);
        if (found.filter(r -> r.isBetween(permit.actor().organisation())).isEmpty()) {
            throw hidden(permit, RecordType.REFERRAL_REQUEST, "referral request", id.value(), Optional.empty());
        }
        return found.get();
    }

    /** An event about the referral, in its family (which the permit, outside any family, does not name). */
    public static AuditEvent event(Permit permit, AuditAction action, Referral referral) {
        return AuditEvent.of(
                        permit.actor(),
                        action,
                        RecordType.REFERRAL,
                        referral.id().value(),
                        referral.family(),
                        permit.at())
                .on(permit.ground());
    }

    /** The same, saying that a named person's basic details were shown. */
    public static AuditEvent event(Permit permit, AuditAction action, Referral referral, PersonId shown) {
        return event(permit, action, referral).about(shown, InformationCategory.BASIC_DETAILS);
    }

    private RecordNotFoundException hidden(
            Permit permit, RecordType type, String kind, UUID id, Optional<FamilyId> family) {
        denials.record(
                AuditEvent.of(permit.actor(), AuditAction.ACCESS_DENIED, type, id, family.orElse(null), permit.at()));
        return new RecordNotFoundException(kind, id);
    }
}
