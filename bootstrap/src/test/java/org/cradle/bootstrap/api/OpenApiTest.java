package org.cradle.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    @Test
    void every_operation_has_a_summary_a_description_a_success_answer_and_problem_answers() {
        JsonPath openapi = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            operations.add(method + " " + path);
            assertThat(operation.get("summary"))
                    .as("summary of %s %s", method, path)
                    .isNotNull();
            assertThat(operation.get("description"))
                    .as("description of %s %s", method, path)
                    .isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet())
                    .as("answers of %s %s", method, path)
                    .anyMatch(code -> code.startsWith("2"))
                    .contains("401", "403", "500", "503");
        }));
        assertThat(operations)
                .contains(
                        "post /api/v1/families",
                        "get /api/v1/families",
                        "get /api/v1/families/{familyId}",
                        "post /api/v1/families/{familyId}/members",
                        "post /api/v1/families/{familyId}/episodes",
                        "post /api/v1/episodes/{episodeId}/closure",
                        "post /api/v1/families/{familyId}/confidentiality-notices",
                        "get /api/v1/confidentiality-notices/due-for-revisit",
                        "get /api/v1/audit-events");
    }

    @Test
    void request_fields_carry_examples() {
        JsonPath openapi =
                given().get("/q/openapi?format=json").then().extract().jsonPath();
        assertThat(openapi.getString("components.schemas.NewPersonRequest.properties.nhsNumber.examples[0]"))
                .isEqualTo("9434765919");
        assertThat(openapi.getString("components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
    }

    @Test
    void every_list_documents_its_paging_parameters() {
        JsonPath openapi =
                given().get("/q/openapi?format=json").then().extract().jsonPath();
        for (String path : List.of(
                "/api/v1/families",
                "/api/v1/families/{familyId}/episodes",
                "/api/v1/families/{familyId}/confidentiality-notices",
                "/api/v1/confidentiality-notices/due-for-revisit",
                "/api/v1/families/{familyId}/consents",
                "/api/v1/consents/due-for-review",
                "/api/v1/people/{personId}/consent-history",
                "/api/v1/organisations",
                "/api/v1/subject-access-exports",
                "/api/v1/subject-access-exports/{exportId}",
                "/api/v1/audit-events")) {
            assertThat(openapi.getList("paths.'" + path + "'.get.parameters.name", String.class))
                    .as("parameters of %s", path)
                    .contains("page", "size");
        }
    }

    @Test
    void the_values_of_domain_enumerations_are_listed_for_front_ends() {
        JsonPath openapi =
                given().get("/q/openapi?format=json").then().extract().jsonPath();

        assertThat(openapi.getList("components.schemas.InformationCategory.enum", String.class))
                .contains("BASIC_DETAILS", "MENTAL_HEALTH", "SEXUAL_HEALTH");
        assertThat(openapi.getList("components.schemas.FamilyRole.enum", String.class))
                .contains("CHILD", "MOTHER", "FATHER", "CARER", "OTHER");
    }

    @Test
    void swagger_ui_is_served() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
