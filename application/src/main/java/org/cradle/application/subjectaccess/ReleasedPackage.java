package org.cradle.application.subjectaccess;

import java.util.List;
import java.util.Objects;
import org.cradle.domain.subjectaccess.PackageEntry;
import org.cradle.domain.subjectaccess.SubjectAccessExport;

/** A released export and its package: each item as prepared, or a marker where it was withheld. */
public record ReleasedPackage(SubjectAccessExport export, List<PackageEntry> entries) {

    public ReleasedPackage {
        Objects.requireNonNull(export, "export");
        entries = List.copyOf(entries);
    }
}
