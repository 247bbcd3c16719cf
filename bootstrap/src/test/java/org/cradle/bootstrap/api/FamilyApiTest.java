package org.cradle.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FamilyApiTest {

    @Inject
    DataSource dataSource;

    private final Api practitioner = Api.as("practitioner");

    @Test
    void a_created_family_can_be_read_back_with_its_record_keeping_mode() {
        String location = practitioner
                .post("/families", Map.of("name", "  Okafor–Bell household ", "recordKeepingMode", "INFANT"))
                .statusCode(201)
                .body("name", equalTo("Okafor–Bell household"))
                .body("recordKeepingMode", equalTo("INFANT"))
                .body("version", equalTo(0))
                .body("members", empty())
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        practitioner
                .get("/families/{id}", id)
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Okafor–Bell household"))
                .body("recordKeepingMode", equalTo("INFANT"));
    }

    @Test
    void a_family_lists_its_members_in_the_order_they_joined() {
        Household household = Household.workedWithBy(practitioner, "Ordered household", "Ordered");

        practitioner
                .get("/families/{id}", household.family())
                .statusCode(200)
                .body("members.personId", contains(household.mother(), household.father(), household.child()))
                .body("members.role", contains("MOTHER", "FATHER", "CHILD"));
    }

    @Test
    void revising_a_family_from_the_current_version_changes_it_and_moves_the_version_on() {
        String id = practitioner.createFamily("Mensah household");

        practitioner
                .put(
                        "/families/{id}",
                        Map.of("name", "Mensah–Ruiz household", "recordKeepingMode", "PARENT", "version", 0),
                        id)
                .statusCode(200)
                .body("name", equalTo("Mensah–Ruiz household"))
                .body("recordKeepingMode", equalTo("PARENT"))
                .body("version", equalTo(1));
    }

    @Test
    void revising_a_family_from_a_stale_version_is_refused_with_409_and_changes_nothing() {
        String id = practitioner.createFamily("Stale household");
        practitioner
                .put("/families/{id}", Map.of("name", "First edit", "recordKeepingMode", "PARENT", "version", 0), id)
                .statusCode(200);

        practitioner
                .put("/families/{id}", Map.of("name", "Second edit", "recordKeepingMode", "INFANT", "version", 0), id)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("stale-version"));

        practitioner
                .get("/families/{id}", id)
                .body("name", equalTo("First edit"))
                .body("version", equalTo(1));
    }

    @Test
    void an_unknown_family_is_404_and_so_is_an_id_that_is_not_a_uuid() {
        practitioner
                .get("/families/{id}", "00000000-0000-0000-0000-000000000000")
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        practitioner.get("/families/{id}", "not-an-id").statusCode(404);
    }

    @Test
    void every_invalid_field_is_named_with_its_rule() {
        practitioner
                .post("/families", Map.of("name", " ", "recordKeepingMode", "INFANT"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].rule", equalTo("required"));
        practitioner
                .post("/families", Map.of("name", "x".repeat(201), "recordKeepingMode", "INFANT"))
                .statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].rule", equalTo("max-length"));
        practitioner
                .post("/families", Map.of("name", "Fine"))
                .statusCode(400)
                .body("errors[0].field", equalTo("recordKeepingMode"))
                .body("errors[0].rule", equalTo("required"));
    }

    @Test
    void an_unknown_enum_value_is_refused_naming_the_field_and_the_allowed_values() {
        practitioner
                .post("/families", Map.of("name", "Fine", "recordKeepingMode", "BOTH"))
                .statusCode(400)
                .body("errors[0].field", equalTo("recordKeepingMode"))
                .body("errors[0].message", containsString("INFANT, PARENT, LINKED"));
    }

    @Test
    void an_unknown_field_is_refused_rather_than_silently_dropped() {
        practitioner
                .post("/families", Map.of("name", "Fine", "recordKeepingMode", "INFANT", "nmae", "typo"))
                .statusCode(400)
                .body("errors[0].field", equalTo("nmae"))
                .body("errors[0].rule", equalTo("unknown-field"));
    }

    @Test
    void malformed_json_and_a_missing_body_are_400_without_internals() {
        practitioner
                .request()
                .body("{\"name\": \"Broken\", ")
                .post("/families")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("malformed-json"))
                .body("detail", not(containsString("jackson")))
                .body("detail", not(containsString("Exception")));
        practitioner.request().post("/families").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void a_refused_request_writes_nothing() throws Exception {
        long familiesBefore = count("family");
        long auditBefore = count(Rows.AUDIT_EXCEPT_DENIALS);

        practitioner
                .post("/families", Map.of("name", "", "recordKeepingMode", "INFANT"))
                .statusCode(400);
        practitioner
                .post("/families", Map.of("name", "Fine", "recordKeepingMode", "NOPE"))
                .statusCode(400);
        Api.as("auditor")
                .post("/families", Map.of("name", "Fine", "recordKeepingMode", "INFANT"))
                .statusCode(403);

        assertThat(count("family")).isEqualTo(familiesBefore);
        assertThat(count(Rows.AUDIT_EXCEPT_DENIALS)).isEqualTo(auditBefore);
    }

    @Test
    void an_unknown_path_and_a_wrong_method_answer_with_problems() {
        practitioner.get("/nothing-here").statusCode(404).contentType("application/problem+json");
        practitioner
                .request()
                .delete("/families")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("instance", endsWith("/api/v1/families"))
                .body("errors", nullValue());
    }

    @Test
    void the_created_family_is_listed() {
        String id = practitioner.createFamily("Listed household");
        practitioner.get("/families?name=listed household").statusCode(200).body("items.id", hasItem(id));
    }

    private long count(String table) throws Exception {
        return Rows.count(dataSource, table);
    }
}
