package org.cradle.adapters.persistence.consent;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.visibility.VisibilityFilter;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.consent.Consents;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.ConsentVersion;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Consents in PostgreSQL: a row per consent, a row per version, versions only inserted. */
@ApplicationScoped
public class PanacheConsents implements Consents {

    private final ConsentRows rows;

    PanacheConsents(ConsentRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Consent> find(ConsentId id) {
        return rows.findByIdOptional(id.value())
                .map(entity -> withVersions(List.of(entity)).get(0));
    }

    @Override
    public void add(Consent consent) {
        rows.persist(ConsentMapper.copy(consent, new ConsentEntity()));
        consent.versions().forEach(version -> rows.getEntityManager().persist(ConsentMapper.toRow(consent, version)));
        flush(consent.id());
    }

    @Override
    public void update(Consent consent) {
        ConsentEntity entity = rows.findByIdOptional(consent.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a consent never added: " + consent.id()));
        int stored = entity.currentNumber;
        List<ConsentVersion> added = consent.versions().stream()
                .filter(version -> version.number() > stored)
                .toList();
        if (added.isEmpty() || added.get(0).number() != stored + 1) {
            throw new StaleVersionException("consent", consent.id());
        }
        added.forEach(version -> rows.getEntityManager().persist(ConsentMapper.toRow(consent, version)));
        ConsentMapper.copy(consent, entity);
        flush(consent.id());
    }

    @Override
    public Page<Consent> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page) {
        Parameters parameters = Parameters.with("family", family.value());
        String visibleOnly = VisibilityFilter.aboutOnePerson(visible, "organisation", "subjectId", parameters);
        return page(
                rows.find("familyId = :family and " + visibleOnly, Sort.ascending("createdAt", "id"), parameters),
                page);
    }

    /**
     * A subject's consents with all their versions, in one statement, oldest first. Read as plain rows,
     * not as managed entities: an infant's 20–50 consents and their versions made Hibernate snapshot
     * and dirty-check some 120 entities at every commit, for a list nobody changes (every caller only
     * reads it).
     */
    private static final String OF_SUBJECT =
            """
            select c.id as c_id, c.family_id as c_family_id, c.subject_id as c_subject_id, c.grantor_id as c_grantor_id,
                   c.organisation as c_organisation, c.created_at as c_created_at, c.current_number as c_current_number,
                   c.current_status as c_current_status, c.current_review_by as c_current_review_by,
                   c.version as c_version, v.*
              from consent c
              join consent_version v on v.consent_id = c.id
             where c.subject_id = ?
             order by c.created_at, c.id, v.number
            """;

    @Override
    public List<Consent> ofSubject(PersonId person) {
        return Jdbc.run(rows.getEntityManager(), connection -> {
            List<Consent> consents = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(OF_SUBJECT)) {
                statement.setObject(1, person.value());
                try (ResultSet result = statement.executeQuery()) {
                    ConsentEntity consent = null;
                    List<ConsentVersionEntity> versions = new ArrayList<>();
                    while (result.next()) {
                        UUID id = result.getObject("c_id", UUID.class);
                        if (consent != null && !consent.id.equals(id)) {
                            consents.add(ConsentMapper.toDomain(consent, versions));
                            versions = new ArrayList<>();
                        }
                        if (consent == null || !consent.id.equals(id)) {
                            consent = new ConsentEntity();
                            consent.id = id;
                            consent.familyId = result.getObject("c_family_id", UUID.class);
                            consent.subjectId = result.getObject("c_subject_id", UUID.class);
                            consent.grantorId = result.getObject("c_grantor_id", UUID.class);
                            consent.organisation = result.getString("c_organisation");
                            consent.createdAt =
                                    result.getTimestamp("c_created_at").toInstant();
                            consent.currentNumber = result.getInt("c_current_number");
                            consent.currentStatus = result.getString("c_current_status");
                            consent.currentReviewBy = result.getObject("c_current_review_by", LocalDate.class);
                            consent.version = result.getLong("c_version");
                        }
                        versions.add(ConsentsInForceQuery.versionOf(result));
                    }
                    if (consent != null) {
                        consents.add(ConsentMapper.toDomain(consent, versions));
                    }
                }
            }
            return consents;
        });
    }

    @Override
    public List<ConsentInForce> inForce(PersonId subject, LocalDate day) {
        return Jdbc.run(rows.getEntityManager(), connection -> ConsentsInForceQuery.run(connection, subject, day));
    }

    @Override
    public Map<PersonId, List<ConsentInForce>> membersWithConsentsInForce(
            FamilyId family, Set<PersonId> subjects, LocalDate day) {
        return Jdbc.run(
                rows.getEntityManager(),
                connection -> ConsentsInForceQuery.runForMembersAsked(connection, family, subjects, day));
    }

    @Override
    public Page<Consent> dueForReview(OrganisationId organisation, LocalDate day, PageRequest page) {
        return page(
                rows.find(
                        "organisation = ?1 and currentStatus = 'GIVEN' and currentReviewBy <= ?2",
                        Sort.ascending("currentReviewBy", "id"),
                        organisation.value(),
                        day),
                page);
    }

    private Page<Consent> page(PanacheQuery<ConsentEntity> query, PageRequest page) {
        long total = query.count();
        List<ConsentEntity> entities = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list();
        return new Page<>(withVersions(entities), page, total);
    }

    /** The consents with all their versions, fetched in one query. */
    private List<Consent> withVersions(List<ConsentEntity> consents) {
        if (consents.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = consents.stream().map(entity -> entity.id).toList();
        Map<UUID, List<ConsentVersionEntity>> versions = rows.getEntityManager()
                .createQuery(
                        "from ConsentVersionEntity v where v.consentId in :ids order by v.consentId, v.number",
                        ConsentVersionEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(version -> version.consentId));
        return consents.stream()
                .map(entity -> ConsentMapper.toDomain(entity, versions.getOrDefault(entity.id, List.of())))
                .toList();
    }

    /** Writes now, so that a version added meanwhile by someone else is a stale-version refusal. */
    private void flush(ConsentId id) {
        try {
            rows.getEntityManager().flush();
        } catch (StaleStateException | jakarta.persistence.OptimisticLockException e) {
            throw new StaleVersionException("consent", id);
        } catch (ConstraintViolationException e) {
            if ("consent_version_pkey".equals(e.getConstraintName())) {
                throw new StaleVersionException("consent", id);
            }
            throw e;
        }
    }
}
