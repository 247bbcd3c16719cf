package org.cradle.domain.person;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a person across every family they belong to. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId parse(String text) {
        return new PersonId(Identifiers.parse("person", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
