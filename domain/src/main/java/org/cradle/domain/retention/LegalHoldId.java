package org.cradle.domain.retention;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a legal hold. */
public record LegalHoldId(UUID value) {

    public LegalHoldId {
        Objects.requireNonNull(value, "value");
    }

    public static LegalHoldId newId() {
        return new LegalHoldId(UUID.randomUUID());
    }

    public static LegalHoldId parse(String text) {
        return new LegalHoldId(Identifiers.parse("legal hold", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
