package org.cradle.domain.referral;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies one referral request. */
public record ReferralRequestId(UUID value) {

    public ReferralRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralRequestId newId() {
        return new ReferralRequestId(UUID.randomUUID());
    }

    public static ReferralRequestId parse(String text) {
        return new ReferralRequestId(Identifiers.parse("referral request", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
