package org.cradle.application.referral;

import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.person.Person;
import org.cradle.domain.referral.ReferralRequest;

/**
 * A request for a referral as the caller's organisation may see it. The asking organisation learns
 * nothing of the person the NHS number found nor of the organisation asked: {@link #holderView} is
 * false and {@link #person} empty, and only what it asked, the status and the answer are shown. The
 * organisation asked sees the person, whom it holds.
 */
public record ReferralRequestDetails(ReferralRequest request, boolean holderView, Optional<Person> person) {

    public ReferralRequestDetails {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(person, "person");
        if (!holderView && person.isPresent()) {
            throw new IllegalArgumentException("The asking organisation is never shown the person");
        }
    }

    public static ReferralRequestDetails forAsker(ReferralRequest request) {
        return new ReferralRequestDetails(request, false, Optional.empty());
    }

    public static ReferralRequestDetails forHolder(ReferralRequest request, Optional<Person> person) {
        return new ReferralRequestDetails(request, true, person);
    }
}
