package org.cradle.contracts.subjectaccess;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.subjectaccess.ExportQuery;
import org.cradle.application.subjectaccess.SubjectAccessExports;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.subjectaccess.ExportItem;
import org.cradle.domain.subjectaccess.Redaction;
import org.cradle.domain.subjectaccess.SubjectAccessExport;
import org.cradle.domain.subjectaccess.SubjectAccessExportId;

/**
 * Subject-access exports in memory, as {@link SubjectAccessExportsContract} says every store keeps them.
 * An export is mutable, so each is kept and handed out as a copy: a change reaches the store only
 * through {@link #update}, as with the database.
 */
public final class InMemorySubjectAccessExports implements SubjectAccessExports {

    private final Map<SubjectAccessExportId, SubjectAccessExport> exports = new LinkedHashMap<>();
    private final Map<SubjectAccessExportId, List<ExportItem>> items = new LinkedHashMap<>();

    @Override
    public void add(SubjectAccessExport export, List<ExportItem> items) {
        if (exports.putIfAbsent(export.id(), copy(export)) != null) {
            throw new IllegalStateException("export " + export.id() + " is already stored");
        }
        this.items.put(export.id(), List.copyOf(items));
    }

    @Override
    public Optional<SubjectAccessExport> find(SubjectAccessExportId id) {
        return Optional.ofNullable(exports.get(id)).map(InMemorySubjectAccessExports::copy);
    }

    @Override
    public Optional<SubjectAccessExport> findForChange(SubjectAccessExportId id) {
        return find(id);
    }

    /** As the database does: a review is written once, a release once; nothing else of the export changes. */
    @Override
    public void update(SubjectAccessExport export) {
        SubjectAccessExport stored = exports.get(export.id());
        if (stored == null) {
            return;
        }
        List<Redaction> redactions = stored.redactions().stream()
                .map(kept -> kept.reviewed().isPresent()
                        ? kept
                        : export.redactions().stream()
                                .filter(r -> r.id().equals(kept.id()))
                                .findFirst()
                                .orElse(kept))
                .toList();
        exports.put(
                export.id(),
                SubjectAccessExport.reconstitute(
                        stored.id(),
                        stored.request(),
                        stored.organisation(),
                        stored.preparedBy(),
                        stored.preparedAt(),
                        redactions,
                        stored.released().or(export::released).orElse(null)));
    }

    @Override
    public List<ExportItem> itemsOf(SubjectAccessExportId id) {
        return items.getOrDefault(id, List.of());
    }

    @Override
    public Page<Redaction> redactionsOf(SubjectAccessExportId id, PageRequest page) {
        return Paging.page(
                Optional.ofNullable(exports.get(id))
                        .map(SubjectAccessExport::redactions)
                        .orElse(List.of()),
                page);
    }

    @Override
    public Page<SubjectAccessExport> of(OrganisationId organisation, ExportQuery query, PageRequest page) {
        return Paging.page(
                exports.values().stream()
                        .filter(e -> e.organisation().equals(organisation))
                        .filter(e ->
                                query.person() == null || e.request().person().equals(query.person()))
                        .filter(e -> query.status() == null || e.status() == query.status())
                        .sorted(Comparator.comparing(SubjectAccessExport::preparedAt)
                                .thenComparing(e -> e.id().value(), Uuids.ORDER))
                        .map(InMemorySubjectAccessExports::copy)
                        .toList(),
                page);
    }

    private static SubjectAccessExport copy(SubjectAccessExport export) {
        return SubjectAccessExport.reconstitute(
                export.id(),
                export.request(),
                export.organisation(),
                export.preparedBy(),
                export.preparedAt(),
                export.redactions(),
                export.released().orElse(null));
    }
}
