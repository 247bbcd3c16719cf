package org.cradle.adapters.persistence.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.person.People;
import org.cradle.domain.ConflictException;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.hibernate.exception.ConstraintViolationException;

/** People in PostgreSQL. */
@ApplicationScoped
public class PanachePeople implements People {

    private static final String NHS_NUMBER_UNIQUE = "person_nhs_number_unique";

    private final PersonRows rows;

    PanachePeople(PersonRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return rows.findByIdOptional(id.value()).map(PersonMapper::toDomain);
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonEntity> byId = rows
                .list("id in ?1", ids.stream().map(PersonId::value).toList())
                .stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Person> ordered = new ArrayList<>(ids.size());
        ids.stream()
                .map(id -> byId.get(id.value()))
                .filter(entity -> entity != null)
                .forEach(entity -> ordered.add(PersonMapper.toDomain(entity)));
        return ordered;
    }

    @Override
    public Optional<Person> findByNhsNumber(NhsNumber nhsNumber) {
        return rows.find("nhsNumber", nhsNumber.value()).firstResultOptional().map(PersonMapper::toDomain);
    }

    @Override
    public void add(Person person) {
        rows.persist(PersonMapper.copy(person, new PersonEntity()));
        flushRefusingDuplicateNhsNumber(person.id());
    }

    @Override
    public Person update(Person person) {
        PersonEntity entity = rows.findByIdOptional(person.id().value())
                .orElseThrow(() -> new IllegalStateException("update of a person never added: " + person.id()));
        Versions.requireSame("person", person.id(), person.version(), entity.version);
        PersonMapper.copy(person, entity);
        flushRefusingDuplicateNhsNumber(person.id());
        return PersonMapper.toDomain(entity);
    }

    /**
     * The use cases look for a holder of the NHS number first; this catches the registration that
     * raced them, so two people never share one.
     */
    private void flushRefusingDuplicateNhsNumber(PersonId id) {
        try {
            Versions.flush(rows.getEntityManager(), "person", id);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException violation
                    && NHS_NUMBER_UNIQUE.equals(violation.getConstraintName())) {
                throw new ConflictException(
                        "nhs-number-already-registered", "Another person already holds this NHS number.");
            }
            throw e;
        }
    }
}
