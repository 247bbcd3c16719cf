package org.cradle.adapters.persistence.family;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.family.Families;
import org.cradle.application.family.FamilySearch;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** Families in PostgreSQL. */
@ApplicationScoped
public class PanacheFamilies implements Families, PanacheRepositoryBase<FamilyEntity, UUID> {

    @Override
    public Optional<Family> find(FamilyId id) {
        return findByIdOptional(id.value()).map(FamilyMapper::toDomain);
    }

    @Override
    public Family requireForChange(FamilyId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(FamilyMapper::toDomain)
                .orElseThrow(() -> new RecordNotFoundException("family", id));
    }

    @Override
    public void add(Family family) {
        persist(FamilyMapper.copy(family, new FamilyEntity()));
    }

    @Override
    public Family update(Family family) {
        FamilyEntity entity = findByIdOptional(family.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a family never added: " + family.id()));
        Versions.requireSame("family", family.id(), family.version(), entity.version);
        FamilyMapper.copy(family, entity);
        Versions.flush(getEntityManager(), "family", family.id());
        return FamilyMapper.toDomain(entity);
    }

    @Override
    public Page<Family> search(FamilySearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> parameters = new ArrayList<>();
        if (search.name() != null) {
            where.append(" and lower(f.name) like ? escape '\\'");
            parameters.add(containing(search.name()));
        }
        if (search.personName() != null) {
            where.append(" and exists (select 1 from family_member m join person p on p.id = m.person_id"
                    + " where m.family_id = f.id and (lower(p.given_name) like ? escape '\\'"
                    + " or lower(p.family_name) like ? escape '\\'))");
            parameters.add(containing(search.personName()));
            parameters.add(containing(search.personName()));
        }
        if (search.nhsNumber() != null) {
            where.append(" and exists (select 1 from family_member m join person p on p.id = m.person_id"
                    + " where m.family_id = f.id and p.nhs_number = ?)");
            parameters.add(search.nhsNumber().value());
        }
        if (search.person() != null) {
            where.append(" and exists (select 1 from family_member m where m.family_id = f.id and m.person_id = ?)");
            parameters.add(search.person().value());
        }
        long total = Jdbc.list(
                        getEntityManager(), "select count(*) from family f" + where, parameters, row -> row.getLong(1))
                .get(0);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.size());
        paged.add(page.offset());
        List<UUID> pageIds = Jdbc.list(
                getEntityManager(),
                "select f.id from family f" + where + " order by lower(f.name), f.id limit ? offset ?",
                paged,
                row -> row.getObject(1, UUID.class));
        return new Page<>(load(pageIds), page, total);
    }

    @Override
    public List<FamilyId> familiesOf(PersonId person) {
        return getEntityManager()
                .createQuery(
                        "select f.id from FamilyEntity f join f.members m where m.personId = :person"
                                + " order by lower(f.name), f.id",
                        UUID.class)
                .setParameter("person", person.value())
                .getResultStream()
                .map(FamilyId::new)
                .toList();
    }

    /** Loads the families with their members in one query, in the order of {@code ids}. */
    private List<Family> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, FamilyEntity> byId = getEntityManager()
                .createQuery(
                        "select distinct f from FamilyEntity f left join fetch f.members where f.id in :ids",
                        FamilyEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        List<Family> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(FamilyMapper.toDomain(byId.get(id))));
        return ordered;
    }

    private static String containing(String text) {
        String escaped =
                text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
