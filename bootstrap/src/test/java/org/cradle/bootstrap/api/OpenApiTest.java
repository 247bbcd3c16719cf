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

    @Test
    void every_operation_has_the_stable_operation_id_clients_are_generated_with() throws Exception {
        JsonPath openapi =
                given().get("/q/openapi?format=json").then().extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> served = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> served.add(
                method.toUpperCase(java.util.Locale.ROOT) + " " + path + " " + operation.get("operationId"))));
        List<String> committed;
        try (var in = OpenApiTest.class.getResourceAsStream("/openapi/operation-ids.txt")) {
            committed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
        assertThat(served).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(served.stream().map(line -> line.substring(line.lastIndexOf(' ') + 1)))
                .allMatch(id -> id.matches("[a-z][A-Za-z]+"), "camelCase")
                .doesNotHaveDuplicates();
    }

    @Test
    void the_document_says_where_it_is_served_whom_to_ask_and_what_each_tag_is() {
        JsonPath openapi =
                given().get("/q/openapi?format=json").then().extract().jsonPath();
        assertThat(openapi.getString("servers[0].url")).isEqualTo("/");
        assertThat(openapi.getString("info.contact.name")).isNotBlank();
        assertThat(openapi.getString("info.contact.email")).contains("@");
        assertThat(openapi.getString("info.contact.url")).startsWith("https://");
        assertThat(openapi.getString("info.license.name")).isNotBlank();
        Map<String, String> declared = new java.util.HashMap<>();
        openapi.getList("tags", Map.class)
                .forEach(tag -> declared.put((String) tag.get("name"), (String) tag.get("description")));
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) operation.get("tags");
            assertThat(tags).as("tags of %s %s", method, path).isNotEmpty();
            tags.forEach(tag -> assertThat(declared.get(tag))
                    .as("description of tag %s", tag)
                    .isNotBlank());
        }));
    }

    @Test
    void the_problem_schema_is_rfc_9457_and_no_schema_was_renamed_to_avoid_a_clash() {
        JsonPath openapi =
                given().get("/q/openapi?format=json").then().extract().jsonPath();
        assertThat(openapi.getString("components.schemas.Problem.type")).isEqualTo("object");
        assertThat(openapi.getList("components.schemas.Problem.enum")).isNull();
        assertThat(openapi.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "instance", "code", "errors");
        Map<String, Object> schemas = openapi.getMap("components.schemas");
        // SmallRye numbers the second of two types with one name (DecisionView1): never again
        assertThat(schemas.keySet()).allSatisfy(name -> assertThat(
                        name.matches(".*\\D\\d+") && schemas.containsKey(name.replaceAll("\\d+$", "")))
                .as(name)
                .isFalse());
    }
}
