package org.cradle.bootstrap.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.cradle.bootstrap.api.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MonitoringTest {

    private final Api practitioner = Api.as("practitioner");

    @Test
    void an_audited_action_is_counted_once_its_transaction_commits() {
        double before = counter("cradle_audited_actions_total", "action=\"FAMILY_CREATED\"");

        practitioner.createFamily("Counted household");

        assertThat(counter("cradle_audited_actions_total", "action=\"FAMILY_CREATED\""))
                .isEqualTo(before + 1);
    }

    @Test
    void a_refused_write_is_not_counted() {
        double before = counter("cradle_audited_actions_total", "action=\"FAMILY_CREATED\"");

        practitioner
                .post("/families", Map.of("name", " ", "recordKeepingMode", "INFANT"))
                .statusCode(400);

        assertThat(counter("cradle_audited_actions_total", "action=\"FAMILY_CREATED\""))
                .isEqualTo(before);
    }

    @Test
    void request_latencies_are_recorded_per_endpoint_template_not_per_record() {
        String family = practitioner.createFamily("Timed household");
        practitioner.get("/families/{id}", family).statusCode(200);

        assertThat(metrics()).doesNotContain(family);
        assertThat(counter(
                        "http_server_requests_seconds_count",
                        "method=\"GET\"",
                        "uri=\"/families/{familyId}\"",
                        "status=\"200\""))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void every_response_carries_a_request_id_and_a_harmless_one_from_the_caller_is_kept() {
        given().header("X-Request-Id", "caller-chosen.id_1")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("X-Request-Id", equalTo("caller-chosen.id_1"));
        given().header("X-Request-Id", "<script>")
                .get("/api/v1/me")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double counter(String name, String... labels) {
        return metrics()
                .lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
