package org.cradle.adapters.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.consent.ConsentsInForceQuery;
import org.cradle.application.access.ConsentExclusions;
import org.cradle.domain.access.Exclusion;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * Whom each family member's consents in force exclude, read from the statement the coverage question
 * runs ({@link ConsentsInForceQuery}), for every member at once. A refusal or a withdrawal in force
 * still binds its exclusions: excluding someone is not a permission that ends with the consent.
 */
@ApplicationScoped
public class SqlConsentExclusions implements ConsentExclusions {

    private final EntityManager entityManager;

    public SqlConsentExclusions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<Exclusion> in(FamilyId family, LocalDate day) {
        Map<PersonId, List<ConsentInForce>> byMember =
                Jdbc.run(entityManager, connection -> ConsentsInForceQuery.runForMembersOf(connection, family, day));
        Set<Exclusion> exclusions = new HashSet<>();
        byMember.forEach((member, inForce) -> inForce.forEach(consent -> consent.version()
                .terms()
                .excludedFamilyMembers()
                .forEach(excluded -> exclusions.add(new Exclusion(member, excluded)))));
        return exclusions;
    }
}
