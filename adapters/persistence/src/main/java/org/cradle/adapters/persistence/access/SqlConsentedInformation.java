package org.cradle.adapters.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cradle.adapters.persistence.Jdbc;
import org.cradle.adapters.persistence.consent.ConsentsInForceQuery;
import org.cradle.application.access.ConsentedInformation;
import org.cradle.domain.access.Consented;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.ConsentCoverage;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.Coverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageQuestion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/**
 * The coverage question for each member of a family, each category and each of the actor's roles,
 * answered by the domain's {@link ConsentCoverage} from the statement the coverage endpoint runs
 * ({@link ConsentsInForceQuery}), for every member in one statement.
 * Reading a record is direct support, so that is the purpose asked.
 */
@ApplicationScoped
public class SqlConsentedInformation implements ConsentedInformation {

    private final EntityManager entityManager;

    public SqlConsentedInformation(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<Consented> coveredFor(Actor actor, FamilyId family, LocalDate day) {
        Map<PersonId, List<ConsentInForce>> byMember =
                Jdbc.run(entityManager, connection -> ConsentsInForceQuery.runForMembersOf(connection, family, day));
        List<Party> parties = new ArrayList<>();
        for (Role role : actor.roles()) {
            parties.add(Party.organisation(actor.organisation(), role, actor.subject()));
        }
        if (parties.isEmpty()) {
            parties.add(Party.organisation(actor.organisation(), null, actor.subject()));
        }
        Set<Consented> covered = new HashSet<>();
        for (Map.Entry<PersonId, List<ConsentInForce>> entry : byMember.entrySet()) {
            PersonId member = entry.getKey();
            List<ConsentInForce> inForce = entry.getValue();
            for (Party party : parties) {
                CoverageAnswer answer = ConsentCoverage.answer(
                        new CoverageQuestion(
                                member, Purpose.DIRECT_SUPPORT, party, EnumSet.allOf(InformationCategory.class), day),
                        inForce);
                answer.categories().stream()
                        .filter(category -> category.coverage() == Coverage.COVERED)
                        .forEach(category -> covered.add(new Consented(member, category.category())));
            }
        }
        return covered;
    }
}
