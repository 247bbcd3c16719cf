package org.cradle.adapters.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.application.referral.Custodians;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;

/**
 * The person with an NHS number and the custodians of their families, in one statement: the unique
 * index on the NHS number, the person's memberships, and each family's one CUSTODIAN involvement.
 */
@ApplicationScoped
public class SqlCustodians implements Custodians {

    static final String OF_NHS_NUMBER =
            """
            select p.id, i.organisation
              from person p
              left join family_member m on m.person_id = p.id
              left join family_involvement i on i.family_id = m.family_id and i.ground = 'CUSTODIAN'
             where p.nhs_number = ?
            """;

    private final EntityManager entityManager;

    public SqlCustodians(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<HeldPerson> ofNhsNumber(NhsNumber nhsNumber) {
        List<Row> rows = Jdbc.list(
                entityManager,
                OF_NHS_NUMBER,
                List.of(nhsNumber.value()),
                row -> new Row(row.getObject(1, UUID.class), row.getString(2)));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<OrganisationId> custodians = rows.stream()
                .map(Row::organisation)
                .filter(Objects::nonNull)
                .map(OrganisationId::new)
                .collect(Collectors.toSet());
        return Optional.of(new HeldPerson(new PersonId(rows.get(0).person()), custodians));
    }

    private record Row(UUID person, String organisation) {}
}
