package org.cradle.domain.confidentiality;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a confidentiality notice. */
public record ConfidentialityNoticeId(UUID value) {

    public ConfidentialityNoticeId {
        Objects.requireNonNull(value, "value");
    }

    public static ConfidentialityNoticeId newId() {
        return new ConfidentialityNoticeId(UUID.randomUUID());
    }

    public static ConfidentialityNoticeId parse(String text) {
        return new ConfidentialityNoticeId(Identifiers.parse("confidentiality notice", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
