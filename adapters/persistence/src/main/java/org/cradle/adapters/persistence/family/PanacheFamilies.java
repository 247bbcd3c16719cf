package org.cradle.adapters.persistence.family;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        Map<String, Object> parameters = new HashMap<>();
        if (search.name() != null) {
            where.append(" and lower(f.name) like :name escape '\\'");
            parameters.put("name", containing(search.name()));
        }
        if (search.personName() != null) {
            where.append(" and exists (select 1 from family_member m join person p on p.id = m.person_id"
                    + " where m.family_id = f.id and (lower(p.given_name) like :personName escape '\\'"
                    + " or lower(p.family_name) like :personName escape '\\'))");
            parameters.put("personName", containing(search.personName()));
        }
        if (search.nhsNumber() != null) {
            where.append(" and exists (select 1 from family_member m join person p on p.id = m.person_id"
                    + " where m.family_id = f.id and p.nhs_number = :nhsNumber)");
            parameters.put("nhsNumber", search.nhsNumber().value());
        }
        if (search.person() != null) {
            where.append(
                    " and exists (select 1 from family_member m where m.family_id = f.id and m.person_id = :person)");
            parameters.put("person", search.person().value());
        }
        Query count = getEntityManager().createNativeQuery("select count(*) from family f" + where);
        Query ids = getEntityManager()
                .createNativeQuery("select f.id from family f" + where + " order by lower(f.name), f.id", UUID.class)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size());
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.getResultList();
        return new Page<>(load(pageIds), page, total);
    }

    @Override
    public List<FamilyId> familiesOf(PersonId person) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery(
                        "select m.family_id from family_member m join family f on f.id = m.family_id"
                                + " where m.person_id = :person order by lower(f.name), f.id",
                        UUID.class)
                .setParameter("person", person.value())
                .getResultList();
        return ids.stream().map(FamilyId::new).toList();
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
