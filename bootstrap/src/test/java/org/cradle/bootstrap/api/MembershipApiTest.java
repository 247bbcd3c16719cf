package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MembershipApiTest {

    @Inject
    DataSource dataSource;

    private final Api practitioner = Api.as("practitioner");

    @Test
    void a_new_person_joins_a_family_with_their_place_in_it() {
        String family = practitioner.createFamily("Bell household");
        String nhs = NhsNumbers.fresh();

        String person = practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Amara", "Bell", "2026-03-01", nhs),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(201)
                .body("role", equalTo("CHILD"))
                .body("familyVersion", equalTo(1))
                .extract()
                .path("personId");

        practitioner
                .get("/families/{id}", family)
                .statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].personId", equalTo(person))
                .body("members[0].givenName", equalTo("Amara"))
                .body("members[0].nhsNumber", equalTo(nhs))
                .body("members[0].livesWithChild", equalTo(true))
                .body("members[0].parentalResponsibility", equalTo(false));
    }

    @Test
    void a_father_with_children_in_two_households_is_one_person_in_both_families() {
        String first = practitioner.createFamily("First household");
        String second = practitioner.createFamily("Second household");
        String father = practitioner.addNewPerson(
                first, person("Daniel", "Ruiz", "1990-05-05", NhsNumbers.fresh()), "FATHER", true);

        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "personId",
                                father,
                                "role",
                                "FATHER",
                                "livesWithChild",
                                false,
                                "parentalResponsibility",
                                true),
                        second)
                .statusCode(201)
                .body("personId", equalTo(father))
                .body("livesWithChild", equalTo(false));

        practitioner.get("/people/{id}", father).statusCode(200).body("familyIds", containsInAnyOrder(first, second));
    }

    @Test
    void a_person_added_twice_to_one_family_is_refused_with_409_and_nothing_changes() throws Exception {
        String family = practitioner.createFamily("Twice household");
        String mother = practitioner.addNewPerson(family, person("Grace", "Twice", "1992-01-01", null), "MOTHER", true);
        long membershipsBefore = count("family_member");

        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "personId",
                                mother,
                                "role",
                                "CARER",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(409)
                .body("code", equalTo("already-a-member"));

        assertThat(count("family_member")).isEqualTo(membershipsBefore);
        practitioner
                .get("/families/{id}", family)
                .body("members", hasSize(1))
                .body("members[0].role", equalTo("MOTHER"));
    }

    @Test
    void an_invalid_nhs_number_is_refused_naming_the_field_and_no_one_is_registered() throws Exception {
        String family = practitioner.createFamily("Checksum household");
        long peopleBefore = count("person");

        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Ada", "Checksum", "2025-01-01", NhsNumbers.withWrongCheckDigit()),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("person.nhsNumber"))
                .body("errors[0].rule", equalTo("modulus-11"));
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Ada", "Checksum", "2025-01-01", "12345"),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(400)
                .body("errors[0].rule", equalTo("ten-digits"));

        assertThat(count("person")).isEqualTo(peopleBefore);
    }

    @Test
    void a_date_of_death_before_birth_and_a_birth_in_the_future_are_refused() {
        String family = practitioner.createFamily("Dates household");
        Map<String, Object> diedBeforeBorn = person("Ben", "Dates", "2025-01-10", null);
        diedBeforeBorn.put("dateOfDeath", "2025-01-09");
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                diedBeforeBorn,
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("person.dateOfDeath"))
                .body("errors[0].rule", equalTo("not-before-date-of-birth"));
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person(
                                        "Ben",
                                        "Dates",
                                        LocalDate.now().plusDays(2).toString(),
                                        null),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("dateOfBirth"))
                .body("errors[0].rule", equalTo("not-in-future"));
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Ben", "Dates", "10/01/2025", null),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(400)
                .body("errors[0].field", equalTo("person.dateOfBirth"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void all_invalid_fields_of_a_new_person_are_reported_together() {
        String family = practitioner.createFamily("Many mistakes household");
        Map<String, Object> person = new HashMap<>();
        person.put("givenName", "");
        person.put("familyName", "x".repeat(101));
        person.put("dateOfBirth", "2024-01-01");
        person.put("nhsNumber", "abc");
        practitioner
                .post("/families/{id}/members", Map.of("person", person, "livesWithChild", true), family)
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder("person.givenName", "person.nhsNumber", "role", "parentalResponsibility"));
    }

    @Test
    void a_new_person_whose_nhs_number_is_already_held_is_refused_pointing_at_the_existing_person() throws Exception {
        String family = practitioner.createFamily("Held household");
        String nhs = NhsNumbers.fresh();
        String existing = practitioner.addNewPerson(family, person("Maya", "Held", "2024-02-02", nhs), "CHILD", false);
        String other = practitioner.createFamily("Other household");
        long peopleBefore = count("person");

        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Maya", "Held", "2024-02-02", nhs),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        other)
                .statusCode(409)
                .body("code", equalTo("nhs-number-already-registered"))
                .body("detail", containsString(existing));

        assertThat(count("person")).isEqualTo(peopleBefore);
    }

    @Test
    void giving_both_or_neither_of_person_and_person_id_is_refused() {
        String family = practitioner.createFamily("Either household");
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of("role", "CHILD", "livesWithChild", true, "parentalResponsibility", false),
                        family)
                .statusCode(400)
                .body("errors[0].rule", equalTo("one-of-personId-or-person"));
    }

    @Test
    void a_child_cannot_hold_parental_responsibility() {
        String family = practitioner.createFamily("Responsibility household");
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "person",
                                person("Kit", "Responsibility", "2025-06-06", null),
                                "role",
                                "CHILD",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                true),
                        family)
                .statusCode(400)
                .body("errors[0].rule", equalTo("child-cannot-hold-parental-responsibility"));
    }

    @Test
    void adding_an_unknown_person_is_404() {
        String family = practitioner.createFamily("Unknown person household");
        practitioner
                .post(
                        "/families/{id}/members",
                        Map.of(
                                "personId",
                                "00000000-0000-0000-0000-000000000001",
                                "role",
                                "CARER",
                                "livesWithChild",
                                true,
                                "parentalResponsibility",
                                false),
                        family)
                .statusCode(404);
    }

    @Test
    void a_membership_change_is_kept_and_a_stale_one_is_refused() {
        String family = practitioner.createFamily("Moving household");
        String father = practitioner.addNewPerson(family, person("Sam", "Moving", "1988-08-08", null), "FATHER", true);

        practitioner
                .put(
                        "/families/{f}/members/{p}",
                        Map.of("role", "FATHER", "livesWithChild", false, "parentalResponsibility", true, "version", 1),
                        family,
                        father)
                .statusCode(200)
                .body("livesWithChild", equalTo(false))
                .body("familyVersion", equalTo(2));
        practitioner
                .put(
                        "/families/{f}/members/{p}",
                        Map.of("role", "CARER", "livesWithChild", true, "parentalResponsibility", false, "version", 1),
                        family,
                        father)
                .statusCode(409);
        practitioner
                .get("/families/{id}", family)
                .body("members[0].livesWithChild", equalTo(false))
                .body("members[0].role", equalTo("FATHER"));
    }

    static Map<String, Object> person(String given, String familyName, String born, String nhs) {
        Map<String, Object> person = new HashMap<>();
        person.put("givenName", given);
        person.put("familyName", familyName);
        person.put("dateOfBirth", born);
        if (nhs != null) {
            person.put("nhsNumber", nhs);
        }
        return person;
    }

    private long count(String table) throws Exception {
        return Rows.count(dataSource, table);
    }
}
