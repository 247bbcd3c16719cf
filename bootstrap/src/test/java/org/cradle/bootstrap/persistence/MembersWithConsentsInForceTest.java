package org.cradle.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cradle.application.consent.Consents;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Household;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The read a share rests on: a family's members, with the consents in force of the people the share is
 * about and of no one else, from PostgreSQL in one statement, against consents recorded through the API.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MembersWithConsentsInForceTest {

    @Inject
    Consents consents;

    private final Api north = Api.withToken(Tokens.of("p.in-force", Tokens.NORTH, "practitioner"));
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void every_member_is_listed_with_the_consents_in_force_of_the_subjects_asked_about_only() {
        Household household = Household.workedWithBy(north, "In-force household", "InForce");
        Household elsewhere = Household.workedWithBy(north, "Elsewhere household", "Elsewhere");
        FamilyId family = FamilyId.parse(household.family());
        PersonId mother = PersonId.parse(household.mother());
        PersonId father = PersonId.parse(household.father());
        PersonId child = PersonId.parse(household.child());
        String mothersFirst = consent(household, household.mother(), today.minusDays(3));
        String mothersSecond = consent(household, household.mother(), today.minusDays(1));
        consent(household, household.child(), today.minusDays(1));

        Map<PersonId, List<ConsentInForce>> read = QuarkusTransaction.requiringNew()
                .call(() -> consents.membersWithConsentsInForce(
                        family, Set.of(mother, father, PersonId.parse(elsewhere.mother())), today));

        assertThat(read.keySet()).as("the members, and no one else").containsExactlyInAnyOrder(mother, father, child);
        assertThat(read.get(mother))
                .as("her two consents in force today")
                .extracting(inForce -> inForce.consent().value().toString())
                .containsExactlyInAnyOrder(mothersFirst, mothersSecond);
        assertThat(read.get(mother))
                .allSatisfy(inForce -> assertThat(inForce.team().organisations())
                        .as("the team around the family today")
                        .contains(new OrganisationId(Tokens.NORTH)));
        assertThat(read.get(father)).as("asked about, with no consent").isEmpty();
        assertThat(read.get(child))
                .as("not asked about: the child's consent is not read")
                .isEmpty();
    }

    private String consent(Household household, String subject, LocalDate effectiveFrom) {
        Map<String, Object> body = Household.ownConsent(subject);
        body.put("grantorId", household.mother());
        body.put("effectiveFrom", effectiveFrom.toString());
        return north.post("/families/{id}/consents", body, household.family())
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
