package org.cradle.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Household;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The rule that nothing about a person goes to a family member their consent excludes, with its facts
 * read from PostgreSQL: a consent recorded through the API, excluding the father, and the access
 * service asked to show records to him. No endpoint shows records to family members yet (the families'
 * own view and subject-access exports come later); they will ask exactly this.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ConsentExclusionsTest {

    private static final OrganisationId NORTH = new OrganisationId(Tokens.NORTH);

    @Inject
    Access access;

    @Test
    void a_mothers_consent_excluding_the_father_keeps_her_records_from_him_and_nothing_else() {
        Api north = Api.withToken(Tokens.of("p.exclusions", Tokens.NORTH, "practitioner"));
        Household household = Household.workedWithBy(north, "Excluding household", "Exclusions");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        north.post(
                        "/families/{id}/consents",
                        Map.ofEntries(
                                Map.entry("subjectId", household.mother()),
                                Map.entry("grantorId", household.mother()),
                                Map.entry("decision", "GIVEN"),
                                Map.entry("purposes", List.of("DIRECT_SUPPORT")),
                                Map.entry("recipients", List.of(Map.of("kind", "TEAM_AROUND_THE_FAMILY"))),
                                Map.entry("categories", List.of("BASIC_DETAILS")),
                                Map.entry("notesKeptIn", "INFANT_RECORD"),
                                Map.entry("method", "EXPLICIT_WRITTEN"),
                                Map.entry("effectiveFrom", today.minusDays(1).toString()),
                                Map.entry("reviewBy", today.plusMonths(6).toString()),
                                Map.entry("excludedPersonIds", List.of(household.father()))),
                        household.family())
                .log()
                .ifValidationFails()
                .statusCode(201);
        Actor lead = Actor.practitioner("l.exclusions", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
        FamilyId family = FamilyId.parse(household.family());
        PersonId mother = PersonId.parse(household.mother());
        PersonId father = PersonId.parse(household.father());
        PersonId child = PersonId.parse(household.child());

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> show(lead, family, Set.of(mother), father))
                .withMessageContaining("excludes this family member");
        assertThatExceptionOfType(AccessDeniedException.class)
                .as("a linked record about the mother and the child")
                .isThrownBy(() -> show(lead, family, Set.of(mother, child), father));
        assertThat(show(lead, family, Set.of(child), father))
                .as("the child's own record")
                .isTrue();
        assertThat(show(lead, family, Set.of(mother), child))
                .as("someone she did not exclude")
                .isTrue();
        assertThat(show(lead, family, Set.of(father), father))
                .as("his own record")
                .isTrue();
    }

    private boolean show(Actor actor, FamilyId family, Set<PersonId> about, PersonId member) {
        HeldRecord note = HeldRecord.caseNote(NORTH, about, InformationCategory.BASIC_DETAILS, "author");
        return QuarkusTransaction.requiringNew()
                .call(() -> access.require(
                                actor,
                                new Need.ShowToFamilyMember(note, member, Capability.READ_CASE_NOTES),
                                family,
                                RecordType.CASE_NOTE,
                                UUID.randomUUID())
                        != null);
    }
}
