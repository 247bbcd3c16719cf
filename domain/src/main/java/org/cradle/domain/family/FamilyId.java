package org.cradle.domain.family;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a family. */
public record FamilyId(UUID value) {

    public FamilyId {
        Objects.requireNonNull(value, "value");
    }

    public static FamilyId newId() {
        return new FamilyId(UUID.randomUUID());
    }

    public static FamilyId parse(String text) {
        return new FamilyId(Identifiers.parse("family", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
