package org.cradle.domain.referral;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies one referral. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId newId() {
        return new ReferralId(UUID.randomUUID());
    }

    public static ReferralId parse(String text) {
        return new ReferralId(Identifiers.parse("referral", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
