package org.cradle.bootstrap.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check every HTTP test's answers go through ({@link ResponsesKeepTheContract}) is in place, and it
 * tells a breach from an answer that keeps the served document.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ResponsesKeepTheContractTest {

    private static final String FAMILY = "/api/v1/families/3f0c7b9e-4b7e-4a59-9d61-8c8a4fd1a2b0";

    @Test
    void every_answer_of_the_http_suite_is_checked_against_the_served_document() {
        assertThat(RestAssured.filters()).hasAtLeastOneElementOfType(ResponsesKeepTheContract.class);
    }

    @Test
    void a_body_the_schema_refuses_or_a_status_not_declared_is_a_breach_and_a_true_answer_is_not() {
        ResponseContract contract = new ResponseContract(
                given().get("/q/openapi?format=json").then().extract().asString());
        String problem = "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"No family 3f0c7b9e-4b7e-4a59-9d61-8c8a4fd1a2b0.\",\"instance\":\"" + FAMILY
                + "\",\"code\":\"not-found\"}";

        assertThat(contract.check("GET", FAMILY, 404, "application/problem+json", problem))
                .isEmpty();
        assertThat(contract.check("GET", FAMILY, 404, "application/problem+json", "{\"type\":12,\"status\":\"x\"}"))
                .anySatisfy(breach -> assertThat(breach).contains("GET /api/v1/families/{familyId} → 404"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(contract.check("GET", FAMILY, 418, "application/problem+json", problem))
                .containsExactly("GET /api/v1/families/{familyId} → 418: the status is not declared");
        assertThat(contract.check("GET", FAMILY, 200, "text/plain", "hello"))
                .singleElement()
                .asString()
                .contains("answered text/plain");
        assertThat(contract.check("GET", "/api/v1/no-such-thing", 404, "application/problem+json", problem))
                .as("no operation: nothing to hold it to")
                .isEqualTo(List.of());
    }
}
