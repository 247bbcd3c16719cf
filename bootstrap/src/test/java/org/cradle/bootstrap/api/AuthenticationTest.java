package org.cradle.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.cradle.adapters.security.VerifiedTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuthenticationTest {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void a_call_without_a_token_is_refused_with_401_and_a_problem() {
        given().get("/api/v1/families")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("code", equalTo("unauthenticated"));
    }

    @Test
    void an_expired_token_is_refused_with_401() {
        Api.withToken(Tokens.expired("practitioner")).get("/families").statusCode(401);
    }

    @Test
    void a_token_signed_with_another_key_is_refused_with_401() {
        Api.withToken(Tokens.signedWithAnotherKey("practitioner"))
                .get("/families")
                .statusCode(401);
    }

    @Test
    void a_token_from_another_issuer_is_refused_with_401() {
        Api.withToken(Tokens.fromAnotherIssuer("practitioner")).get("/families").statusCode(401);
    }

    @Test
    void a_token_that_is_not_a_jwt_is_refused_with_401() {
        Api.withToken("not-a-token").get("/families").statusCode(401);
    }

    @Test
    void a_valid_token_is_read_as_subject_organisation_and_cradle_roles_ignoring_other_roles() {
        Api.withToken(Tokens.of("dr-okafor", "RX1", "practitioner", "safeguarding-lead", "offline_access"))
                .get("/me")
                .statusCode(200)
                .body("subject", equalTo("dr-okafor"))
                .body("organisation", equalTo("RX1"))
                .body("roles", containsInAnyOrder("practitioner", "safeguarding-lead"));
    }

    @Test
    void a_token_naming_no_organisation_is_refused_with_403() {
        Api.withToken(Tokens.withoutOrganisation("practitioner"))
                .get("/families")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("organisation"));
    }

    @Test
    void an_auditor_may_not_read_families() {
        Api.as("auditor").get("/families").statusCode(403).body("code", equalTo("access-denied"));
    }

    @Test
    void an_administrator_may_not_create_families() {
        Api.as("admin")
                .post("/families", Map.of("name", "Should not exist", "recordKeepingMode", "INFANT"))
                .statusCode(403);
    }

    @Test
    void a_caldicott_guardian_reviews_access_and_sees_no_family_content() {
        String family = Api.as("practitioner").createFamily("Guardian-invisible household");
        Api.as("caldicott-guardian").get("/families/{id}", family).statusCode(403);
        Api.as("records-officer").get("/families/{id}", family).statusCode(403);
        Api.as("caldicott-guardian")
                .put("/families/{id}", Map.of("name", "Renamed", "recordKeepingMode", "INFANT", "version", 0), family)
                .statusCode(403);
    }

    @Test
    void only_an_auditor_may_read_the_audit_trail() {
        Api.as("practitioner").get("/audit-events").statusCode(403);
        Api.as("auditor").get("/audit-events").statusCode(200);
    }

    @Test
    void a_role_the_token_does_not_hold_is_named_in_the_refusal() {
        Api.as("records-officer")
                .post("/families", Map.of("name", "No", "recordKeepingMode", "INFANT"))
                .statusCode(403)
                .body("detail", containsString("practitioner"));
    }

    @Test
    void a_token_verified_once_is_known_after_and_a_forgery_of_it_is_refused_every_time() {
        String token = Tokens.of("dr-mensah", Tokens.NORTH, "practitioner");
        long hits = verifiedTokens.hits();
        Api.withToken(token).get("/me").statusCode(200).body("subject", equalTo("dr-mensah"));
        Api.withToken(token).get("/me").statusCode(200).body("subject", equalTo("dr-mensah"));
        assertThat(verifiedTokens.hits()).isGreaterThan(hits);

        String[] parts = token.split("\\.");
        String otherOrganisation = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(Tokens.NORTH, Tokens.SOUTH);
        String claimsChanged = parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(otherOrganisation.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        char last = parts[2].charAt(parts[2].length() - 2);
        String signatureChanged =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        for (String forged : new String[] {claimsChanged, signatureChanged, token + "A", " " + token}) {
            Api.withToken(forged).get("/me").statusCode(401);
            Api.withToken(forged).get("/me").statusCode(401);
        }
        Api.withToken(token).get("/me").statusCode(200).body("organisation", equalTo(Tokens.NORTH));
    }

    @Test
    void a_known_token_is_refused_once_it_expires() throws InterruptedException {
        String token = Tokens.expiringIn("practitioner", 2);
        Api.withToken(token).get("/me").statusCode(200);
        Api.withToken(token).get("/me").statusCode(200);

        Thread.sleep(3_500);

        Api.withToken(token).get("/me").statusCode(401);
    }

    @Test
    void health_and_openapi_need_no_token() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Cradle API"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", contains("Database connections health check"));
    }
}
