package org.cradle.bootstrap.api;

import static org.cradle.bootstrap.api.MembershipApiTest.person;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PersonApiTest {

    private final Api practitioner = Api.as("practitioner");

    @Test
    void a_person_is_read_with_their_details_and_families() {
        String family = practitioner.createFamily("Reading household");
        String nhs = NhsNumbers.fresh();
        String id = practitioner.addNewPerson(family, person("Lena", "Reading", "1995-04-04", nhs), "MOTHER", true);

        practitioner
                .get("/people/{id}", id)
                .statusCode(200)
                .body("givenName", equalTo("Lena"))
                .body("familyName", equalTo("Reading"))
                .body("dateOfBirth", equalTo("1995-04-04"))
                .body("dateOfDeath", nullValue())
                .body("nhsNumber", equalTo(nhs))
                .body("familyIds[0]", equalTo(family))
                .body("version", equalTo(0));
    }

    @Test
    void correcting_details_records_a_death_and_moves_the_version_on() {
        String family = practitioner.createFamily("Correcting household");
        String id = practitioner.addNewPerson(family, person("Tom", "Correcting", "1950-01-01", null), "OTHER", false);

        practitioner
                .put("/people/{id}", correction("Tom", "Correcting", "1950-01-02", "2026-01-01", 0), id)
                .statusCode(200)
                .body("dateOfBirth", equalTo("1950-01-02"))
                .body("dateOfDeath", equalTo("2026-01-01"))
                .body("version", equalTo(1));
    }

    @Test
    void a_correction_from_a_stale_version_is_refused_and_changes_nothing() {
        String family = practitioner.createFamily("Racing household");
        String id = practitioner.addNewPerson(family, person("Ivy", "Racing", "1990-01-01", null), "MOTHER", true);
        practitioner
                .put("/people/{id}", correction("Ivy", "Racing-First", "1990-01-01", null, 0), id)
                .statusCode(200);

        practitioner
                .put("/people/{id}", correction("Ivy", "Racing-Second", "1990-01-01", null, 0), id)
                .statusCode(409)
                .body("code", equalTo("stale-version"));
        practitioner.get("/people/{id}", id).body("familyName", equalTo("Racing-First"));
    }

    @Test
    void taking_another_persons_nhs_number_is_refused() {
        String family = practitioner.createFamily("Numbers household");
        String nhs = NhsNumbers.fresh();
        practitioner.addNewPerson(family, person("One", "Numbers", "1990-01-01", nhs), "MOTHER", true);
        String two = practitioner.addNewPerson(family, person("Two", "Numbers", "1991-01-01", null), "FATHER", true);

        Map<String, Object> taking = correction("Two", "Numbers", "1991-01-01", null, 0);
        taking.put("nhsNumber", nhs);
        practitioner
                .put("/people/{id}", taking, two)
                .statusCode(409)
                .body("code", equalTo("nhs-number-already-registered"));
        practitioner.get("/people/{id}", two).body("nhsNumber", nullValue());
    }

    @Test
    void a_correction_without_version_is_refused() {
        String family = practitioner.createFamily("Versionless household");
        String id = practitioner.addNewPerson(family, person("No", "Version", "1990-01-01", null), "MOTHER", true);
        Map<String, Object> body = correction("No", "Version", "1990-01-01", null, 0);
        body.remove("version");
        practitioner.put("/people/{id}", body, id).statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void an_unknown_person_is_404() {
        practitioner.get("/people/{id}", "00000000-0000-0000-0000-000000000002").statusCode(404);
    }

    private static Map<String, Object> correction(
            String given, String familyName, String born, String died, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", given);
        body.put("familyName", familyName);
        body.put("dateOfBirth", born);
        body.put("dateOfDeath", died);
        body.put("version", version);
        return body;
    }
}
