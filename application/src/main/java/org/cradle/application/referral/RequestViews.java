package org.cradle.application.referral;

import org.cradle.application.access.Permit;
import org.cradle.application.person.People;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.referral.ReferralRequest;

/** What of a request each side sees, and the audit event of showing it. */
final class RequestViews {

    private RequestViews() {}

    static ReferralRequestDetails as(Permit permit, ReferralRequest request, People people) {
        return request.holder().equals(permit.actor().organisation())
                ? ReferralRequestDetails.forHolder(request, people.find(request.person()))
                : ReferralRequestDetails.forAsker(request);
    }

    /** Read by the holder, the person's basic details were shown; read by the asker, nothing of the person. */
    static Fact read(ReferralRequestDetails details) {
        Fact.OfRecord read = Fact.of(
                AuditAction.REFERRAL_REQUEST_READ,
                RecordType.REFERRAL_REQUEST,
                details.request().id().value());
        return details.person()
                .map(person -> read.about(person.id(), InformationCategory.BASIC_DETAILS))
                .map(Fact.class::cast)
                .orElse(read);
    }
}
