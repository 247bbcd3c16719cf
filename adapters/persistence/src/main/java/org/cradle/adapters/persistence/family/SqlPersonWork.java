package org.cradle.adapters.persistence.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.family.PersonWork;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * The person and the organisation's episodes with their families, in one statement: an index probe
 * on the person, and the person's memberships ({@code family_member_person}) joined to each family's
 * episodes ({@code episode_family_order}).
 */
@ApplicationScoped
public class SqlPersonWork implements PersonWork {

    static final String SQL =
            """
            select exists (select 1 from person where id = ?),
                   coalesce(bool_or(e.closed_on is null), false),
                   count(e.id) > 0
              from family_member m
              join episode e on e.family_id = m.family_id and e.organisation = ?
             where m.person_id = ?
            """;

    private final EntityManager entityManager;

    public SqlPersonWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<WorkWithPerson> of(PersonId person, OrganisationId organisation) {
        return Jdbc.list(
                        entityManager,
                        SQL,
                        List.of(person.value(), organisation.value(), person.value()),
                        row -> row.getBoolean(1)
                                ? Optional.of(new WorkWithPerson(row.getBoolean(2), row.getBoolean(3)))
                                : Optional.<WorkWithPerson>empty())
                .get(0);
    }
}
