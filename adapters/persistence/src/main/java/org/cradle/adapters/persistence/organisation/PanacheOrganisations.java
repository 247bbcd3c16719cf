package org.cradle.adapters.persistence.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.organisation.Organisations;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;

/** The directory of organisations in PostgreSQL. */
@ApplicationScoped
public class PanacheOrganisations implements Organisations {

    /**
     * Codes found in the directory. Nothing removes an organisation from it, so a code once found
     * stays found, on every instance; remembering that spares a statement on every share and referral,
     * which name their recipient. Only the directory's own codes enter, so the set is as small as the
     * directory; an unknown code is asked every time, and is found as soon as it is added.
     */
    private final Set<String> found = ConcurrentHashMap.newKeySet();

    private final OrganisationRows rows;

    PanacheOrganisations(OrganisationRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return rows.findByIdOptional(id.value()).map(PanacheOrganisations::toDomain);
    }

    @Override
    public void save(Organisation organisation) {
        OrganisationEntity entity = rows.findByIdOptional(organisation.id().value())
                .orElseGet(() -> {
                    OrganisationEntity created = new OrganisationEntity();
                    created.code = organisation.id().value();
                    return created;
                });
        entity.name = organisation.name();
        entity.contactEmail = organisation.contactEmail();
        entity.sector =
                organisation.sector() == null ? null : organisation.sector().name();
        rows.persist(entity);
    }

    @Override
    public Set<OrganisationId> unknownAmong(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> codes = ids.stream()
                .map(OrganisationId::value)
                .filter(code -> !found.contains(code))
                .distinct()
                .toList();
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>(rows.getEntityManager()
                .createQuery("select o.code from OrganisationEntity o where o.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultList());
        found.addAll(known);
        Set<OrganisationId> unknown = new HashSet<>();
        ids.stream().filter(id -> !found.contains(id.value())).forEach(unknown::add);
        return unknown;
    }

    @Override
    public Page<Organisation> list(PageRequest page) {
        PanacheQuery<OrganisationEntity> query = rows.findAll(Sort.ascending("code"));
        long total = query.count();
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                        .map(PanacheOrganisations::toDomain)
                        .toList(),
                page,
                total);
    }

    private static Organisation toDomain(OrganisationEntity entity) {
        return new Organisation(
                new OrganisationId(entity.code),
                entity.name,
                entity.contactEmail,
                entity.sector == null ? null : Sector.valueOf(entity.sector));
    }
}
