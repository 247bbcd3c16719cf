package org.cradle.domain.consent;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies one consent: a person's decision and every later version of it. */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    public static ConsentId newId() {
        return new ConsentId(UUID.randomUUID());
    }

    public static ConsentId parse(String text) {
        return new ConsentId(Identifiers.parse("consent", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
