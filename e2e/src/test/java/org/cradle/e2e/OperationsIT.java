package org.cradle.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the people who run Cradle rely on: health checks, metrics and logs they can ship. */
@Order(3)
@ExtendWith(Deployment.Extension.class)
class OperationsIT {

    private static Deployment deployment;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
    }

    @Test
    void readiness_reports_the_database_and_the_oidc_provider_and_liveness_the_process() {
        for (CradleInstance instance : List.of(deployment.first, deployment.second)) {
            given().get(instance.managementUri + "/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItems("Database connections health check", "OIDC Provider Health Check"));
            given().get(instance.managementUri + "/q/health/live")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    void health_and_metrics_are_not_served_to_api_callers() {
        given().get(deployment.first.baseUri + "/q/metrics").then().statusCode(404);
        given().get(deployment.first.baseUri + "/q/health").then().statusCode(404);
    }

    @Test
    void metrics_give_request_latencies_per_endpoint_and_count_audited_domain_actions() {
        Api practitioner = Api.of(deployment.first, deployment.keycloak.userToken("practitioner"));
        double createdBefore = counter(deployment.first, "cradle_audited_actions_total", "action=\"FAMILY_CREATED\"");
        String family = practitioner.createFamily(TestData.name("Metered") + " household");
        practitioner.get("/families/{id}", family).statusCode(200);

        assertThat(counter(deployment.first, "cradle_audited_actions_total", "action=\"FAMILY_CREATED\""))
                .isEqualTo(createdBefore + 1);
        assertThat(counter(deployment.first, "cradle_audited_actions_total", "action=\"FAMILY_READ\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(counter(
                        deployment.first,
                        "http_server_requests_seconds_count",
                        "method=\"GET\"",
                        "uri=\"/families/{familyId}\"",
                        "status=\"200\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics(deployment.first))
                .contains("http_server_requests_seconds_sum{")
                .doesNotContain(family);
    }

    @Test
    void prod_logs_are_json_lines_and_every_request_line_carries_the_id_returned_to_the_caller() throws Exception {
        String requestId = given().header("X-Request-Id", "e2e-trace-0042")
                .auth()
                .oauth2(deployment.keycloak.userToken("practitioner"))
                .get(deployment.second.baseUri + "/api/v1/families?name=" + TestData.name("Searchedfor"))
                .then()
                .statusCode(200)
                .extract()
                .header("X-Request-Id");
        String generated = given().get(deployment.second.baseUri + "/api/v1/me")
                .then()
                .statusCode(401)
                .extract()
                .header("X-Request-Id");

        assertThat(requestId).isEqualTo("e2e-trace-0042");
        assertThat(generated).matches("[0-9a-f-]{36}");
        List<JsonNode> lines = deployment.second.logLines();
        assertThat(lines).allSatisfy(line -> assertThat(line.has("message")).isTrue());
        assertThat(lines)
                .filteredOn(line -> line.path("loggerName").asText().equals("org.cradle.request"))
                .anySatisfy(line -> {
                    assertThat(line.path("mdc").path("requestId").asText()).isEqualTo("e2e-trace-0042");
                    assertThat(line.path("message").asText()).isEqualTo("GET /api/v1/families 200 " + millis(line));
                })
                .anySatisfy(line ->
                        assertThat(line.path("mdc").path("requestId").asText()).isEqualTo(generated));
    }

    private static String millis(JsonNode line) {
        Matcher matcher =
                Pattern.compile("(\\d+ ms)$").matcher(line.path("message").asText());
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static String metrics(CradleInstance instance) {
        return given().get(instance.managementUri + "/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The value of the series of {@code name} whose labels include all {@code labels}; 0 when absent. */
    private static double counter(CradleInstance instance, String name, String... labels) {
        return metrics(instance)
                .lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
