package org.cradle.application.subjectaccess;

import java.util.List;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.subjectaccess.ExportItem;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;

/** Subject-access exports, each with the items of its package as prepared: items never change. */
public interface SubjectAccessExports {

    /** Stores a new export with its package's items, in order. */
    void add(SubjectAccessExport export, List<ExportItem> items);

    Optional<SubjectAccessExport> find(SubjectAccessExportId id);

    /**
     * The export, held for a change until the transaction ends: two reviews of one export, or a review
     * and the release, wait for each other instead of both reading it unreviewed.
     */
    Optional<SubjectAccessExport> findForChange(SubjectAccessExportId id);

    /** Stores the reviews made since the export was read, and its release. */
    void update(SubjectAccessExport export);

    /** The package's items as prepared, in order. */
    List<ExportItem> itemsOf(SubjectAccessExportId id);

    /** The export's redactions, in the package's order. */
    Page<Redaction> redactionsOf(SubjectAccessExportId id, PageRequest page);

    /** The organisation's exports matching the query, oldest prepared first: the records officers' queue. */
    Page<SubjectAccessExport> of(OrganisationId organisation, ExportQuery query, PageRequest page);
}
