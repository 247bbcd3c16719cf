package org.cradle.application.subjectaccess;

import java.util.Objects;
import org.cradle.application.Page;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.SubjectAccessExport;

/** An export's state, with one page of its redactions: what it holds is never part of it. */
public record ExportDetails(SubjectAccessExport export, Page<Redaction> redactions) {

    public ExportDetails {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(redactions, "redactions");
    }
}
