package org.cradle.adapters.persistence.breakglass;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.breakglass.BreakGlassUse;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Break-glass accesses in PostgreSQL, written through a Panache repository it owns. The review list is
 * one statement per page (and one for the total), each access with the number of audit events its
 * practitioner made under it, counted on the partial index {@code audit_event_break_glass}.
 */
@ApplicationScoped
public class PanacheBreakGlassAccesses implements BreakGlassAccesses {

    private static final String COLUMNS = "b.id, b.family_id, b.organisation, b.practitioner, b.reason, b.granted_at,"
            + " b.expires_at, b.reviewed_at, b.reviewed_by, b.review_outcome, b.review_note, b.version";

    /**
     * The events made under the access: by its practitioner, for its organisation, on its family, on
     * the break-glass ground, while it was open; the grant itself is not one of them.
     */
    private static final String EVENTS_UNDER_IT = "(select count(*) from audit_event e where e.family_id = b.family_id"
            + " and e.ground = 'BREAK_GLASS' and e.actor_subject = b.practitioner"
            + " and e.actor_organisation = b.organisation and e.occurred_at >= b.granted_at"
            + " and e.occurred_at < b.expires_at and e.action <> 'BREAK_GLASS_GRANTED')";

    /** Seen by the reviewers of an organisation: broken by its practitioners, or on a family it holds. */
    private static final String SEEN_BY = "(b.organisation = ? or exists (select 1 from family_involvement c"
            + " where c.family_id = b.family_id and c.organisation = ? and c.ground = 'CUSTODIAN'))";

    private final Rows rows;

    public PanacheBreakGlassAccesses(Rows rows) {
        this.rows = rows;
    }

    @Override
    public void add(BreakGlassAccess access) {
        rows.persist(BreakGlassAccessMapper.copy(access, new BreakGlassAccessEntity()));
    }

    @Override
    public boolean openFor(OrganisationId organisation, String practitioner, FamilyId family, Instant at) {
        return rows.count(
                        "organisation = ?1 and practitioner = ?2 and familyId = ?3 and grantedAt <= ?4"
                                + " and expiresAt > ?4",
                        organisation.value(),
                        practitioner,
                        family.value(),
                        at)
                > 0;
    }

    @Override
    public Optional<BreakGlassUse> find(BreakGlassAccessId id, OrganisationId reviewers) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(id.value());
        parameters.add(reviewers.value());
        parameters.add(reviewers.value());
        return Jdbc.list(
                        rows.getEntityManager(),
                        "select " + COLUMNS + ", " + EVENTS_UNDER_IT + " from break_glass_access b where b.id = ? and "
                                + SEEN_BY,
                        parameters,
                        PanacheBreakGlassAccesses::use)
                .stream()
                .findFirst();
    }

    @Override
    public Page<BreakGlassUse> forReview(OrganisationId reviewers, Boolean reviewed, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(reviewers.value());
        parameters.add(reviewers.value());
        String where = " from break_glass_access b where " + SEEN_BY;
        if (reviewed != null) {
            where += reviewed ? " and b.reviewed_at is not null" : " and b.reviewed_at is null";
        }
        long total = Jdbc.list(rows.getEntityManager(), "select count(*)" + where, parameters, row -> row.getLong(1))
                .get(0);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.size());
        paged.add(page.offset());
        List<BreakGlassUse> items = Jdbc.list(
                rows.getEntityManager(),
                "select " + COLUMNS + ", " + EVENTS_UNDER_IT + where
                        + " order by b.granted_at desc, b.id desc limit ? offset ?",
                paged,
                PanacheBreakGlassAccesses::use);
        return new Page<>(items, page, total);
    }

    @Override
    public BreakGlassAccess update(BreakGlassAccess access) {
        BreakGlassAccessEntity row = rows.findByIdOptional(access.id().value())
                .orElseThrow(
                        () -> new IllegalStateException("update of a break-glass access never added: " + access.id()));
        Versions.requireSame("break-glass access", access.id(), access.version(), row.version);
        BreakGlassAccessMapper.copy(access, row);
        Versions.flush(rows.getEntityManager(), "break-glass access", access.id());
        return BreakGlassAccessMapper.toDomain(row);
    }

    private static BreakGlassUse use(ResultSet result) throws SQLException {
        BreakGlassAccessEntity row = new BreakGlassAccessEntity();
        row.id = result.getObject(1, UUID.class);
        row.familyId = result.getObject(2, UUID.class);
        row.organisation = result.getString(3);
        row.practitioner = result.getString(4);
        row.reason = result.getString(5);
        row.grantedAt = instant(result, 6);
        row.expiresAt = instant(result, 7);
        row.reviewedAt = instant(result, 8);
        row.reviewedBy = result.getString(9);
        row.reviewOutcome = result.getString(10);
        row.reviewNote = result.getString(11);
        row.version = result.getLong(12);
        return new BreakGlassUse(BreakGlassAccessMapper.toDomain(row), result.getLong(13));
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The Panache repository of the rows, kept inside the adapter. */
    @ApplicationScoped
    static class Rows implements PanacheRepositoryBase<BreakGlassAccessEntity, UUID> {}
}
