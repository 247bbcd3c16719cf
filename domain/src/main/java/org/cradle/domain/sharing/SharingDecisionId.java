package org.cradle.domain.sharing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a recorded sharing decision. */
public record SharingDecisionId(UUID value) {

    public SharingDecisionId {
        Objects.requireNonNull(value, "value");
    }

    /** The id of a decision made at {@code at}: in time order, as decisions are only ever appended. */
    public static SharingDecisionId newId(Instant at) {
        return new SharingDecisionId(Identifiers.timeOrdered(at));
    }

    public static SharingDecisionId parse(String text) {
        return new SharingDecisionId(Identifiers.parse("sharing decision", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
