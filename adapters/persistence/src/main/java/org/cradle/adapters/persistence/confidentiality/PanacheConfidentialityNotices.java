package org.cradle.adapters.persistence.confidentiality;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cradle.adapters.persistence.visibility.VisibilityFilter;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.confidentiality.ConfidentialityNotices;
import org.cradle.application.confidentiality.DueForRevisitQuery;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.family.FamilyId;

/** Confidentiality notices in PostgreSQL. */
@ApplicationScoped
public class PanacheConfidentialityNotices implements ConfidentialityNotices {

    /**
     * The notice is the newest its organisation gave the person in the family: no other notice of the
     * same organisation, person and family was given later, or on the same day but recorded later
     * (or at the same instant with a greater id, so that exactly one is the newest).
     */
    private static final String NEWEST = "not exists (from ConfidentialityNoticeEntity newer"
            + " where newer.familyId = notice.familyId"
            + " and newer.personId = notice.personId"
            + " and newer.organisation = notice.organisation"
            + " and (newer.givenOn > notice.givenOn"
            + " or (newer.givenOn = notice.givenOn and newer.recordedAt > notice.recordedAt)"
            + " or (newer.givenOn = notice.givenOn and newer.recordedAt = notice.recordedAt and newer.id > notice.id)))";

    private final ConfidentialityNoticeRows rows;

    PanacheConfidentialityNotices(ConfidentialityNoticeRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<ConfidentialityNotice> find(ConfidentialityNoticeId id) {
        return rows.findByIdOptional(id.value()).map(ConfidentialityNoticeMapper::toDomain);
    }

    @Override
    public void add(ConfidentialityNotice notice) {
        rows.persist(ConfidentialityNoticeMapper.toEntity(notice));
    }

    @Override
    public Page<ConfidentialityNotice> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page) {
        Parameters parameters = Parameters.with("family", family.value());
        String visibleOnly = VisibilityFilter.aboutOnePerson(visible, "organisation", "personId", parameters);
        return page(
                rows.find(
                        "familyId = :family and " + visibleOnly,
                        Sort.descending("givenOn", "recordedAt", "id"),
                        parameters),
                page);
    }

    @Override
    public Page<ConfidentialityNotice> dueForRevisit(DueForRevisitQuery query, PageRequest page) {
        StringBuilder where =
                new StringBuilder("from ConfidentialityNoticeEntity notice where notice.organisation = :organisation"
                        + " and notice.revisitOn <= :on");
        Parameters parameters =
                Parameters.with("organisation", query.organisation().value()).and("on", query.on());
        if (query.givenBy() != null) {
            where.append(" and notice.givenBy = :givenBy");
            parameters.and("givenBy", query.givenBy().value());
        }
        where.append(" and ").append(NEWEST);
        return page(rows.find(where.toString(), Sort.ascending("notice.revisitOn", "notice.id"), parameters), page);
    }

    private static Page<ConfidentialityNotice> page(PanacheQuery<ConfidentialityNoticeEntity> query, PageRequest page) {
        long total = query.count();
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                        .map(ConfidentialityNoticeMapper::toDomain)
                        .toList(),
                page,
                total);
    }
}
