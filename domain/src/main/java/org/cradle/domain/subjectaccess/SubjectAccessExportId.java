package org.cradle.domain.subjectaccess;

import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.Identifiers;

/** Identifies a subject-access export. */
public record SubjectAccessExportId(UUID value) {

    public SubjectAccessExportId {
        Objects.requireNonNull(value, "value");
    }

    public static SubjectAccessExportId newId() {
        return new SubjectAccessExportId(UUID.randomUUID());
    }

    public static SubjectAccessExportId parse(String text) {
        return new SubjectAccessExportId(Identifiers.parse("subject-access export", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
