package org.cradle.domain.sharing;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a recorded sharing decision. */
public record SharingDecisionId(UUID value) {

    public SharingDecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static SharingDecisionId newId() {
        return new SharingDecisionId(UUID.randomUUID());
    }

    public static SharingDecisionId parse(String text) {
        return new SharingDecisionId(Identifiers.parse("sharing decision", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
