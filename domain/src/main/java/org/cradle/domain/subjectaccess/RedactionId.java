package org.cradle.domain.subjectaccess;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies one redaction of a subject-access export: one item marked to be withheld. */
public record RedactionId(UUID value) {

    public RedactionId {
        Objects.requireNonNull(value, "value");
    }

    public static RedactionId newId() {
        return new RedactionId(UUID.randomUUID());
    }

    public static RedactionId parse(String text) {
        return new RedactionId(Identifiers.parse("redaction", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
