package org.cradle.domain.casenote;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a case note: what was first written and every correction of it. */
public record CaseNoteId(UUID value) {

    public CaseNoteId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseNoteId newId() {
        return new CaseNoteId(UUID.randomUUID());
    }

    public static CaseNoteId parse(String text) {
        return new CaseNoteId(Identifiers.parse("case note", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
