package org.cradle.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tokens from a real Keycloak, with the realm Cradle ships, are read as the roles and organisations. */
@Order(1)
@ExtendWith(Deployment.Extension.class)
class KeycloakTokensIT {

    private static Deployment deployment;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
    }

    static List<String> roles() {
        return List.of(
                "practitioner",
                "team-manager",
                "safeguarding-lead",
                "caldicott-guardian",
                "records-officer",
                "auditor",
                "integrator",
                "admin");
    }

    @ParameterizedTest
    @MethodSource("roles")
    void each_role_in_the_north_council_gets_a_password_grant_token_that_cradle_reads_as_that_role(String role) {
        Api.of(deployment.first, deployment.keycloak.userToken(role))
                .get("/me")
                .statusCode(200)
                .body("organisation", equalTo("north-council"))
                .body("roles", contains(role));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void each_role_in_the_south_council_is_read_with_its_own_organisation(String role) {
        Api.of(deployment.second, deployment.keycloak.userToken(role + ".south"))
                .get("/me")
                .statusCode(200)
                .body("organisation", equalTo("south-council"))
                .body("roles", contains(role));
    }

    @Test
    void the_integrator_system_authenticates_with_client_credentials() {
        Api.of(deployment.first, deployment.keycloak.integratorToken())
                .get("/me")
                .statusCode(200)
                .body("organisation", equalTo("north-council"))
                .body("roles", contains("integrator"))
                .body("subject", not(equalTo("")));
    }

    @Test
    void the_integrator_can_record_what_its_system_sends() {
        Api integrator = Api.of(deployment.first, deployment.keycloak.integratorToken());
        String family = integrator.createFamily(TestData.name("Integratedhousehold"));

        integrator.get("/families/{id}", family).statusCode(200);
    }

    @Test
    void a_user_whose_account_names_no_organisation_is_refused_with_403() {
        Api.of(deployment.first, deployment.keycloak.userToken("no-organisation"))
                .get("/me")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("organisation"));
    }

    @Test
    void a_role_without_the_capability_is_refused_with_403() {
        Api.of(deployment.first, deployment.keycloak.userToken("auditor"))
                .post("/families", java.util.Map.of("name", "Not allowed", "recordKeepingMode", "INFANT"))
                .statusCode(403)
                .contentType("application/problem+json");
        Api.of(deployment.first, deployment.keycloak.userToken("practitioner"))
                .get("/audit-events")
                .statusCode(403);
    }

    @Test
    void no_token_or_a_forged_one_is_refused_with_401() {
        Api.of(deployment.first, null).get("/me").statusCode(401).contentType("application/problem+json");
        String genuine = deployment.keycloak.userToken("practitioner");
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA";
        Api.of(deployment.first, forged).get("/me").statusCode(401);
    }

    @Test
    void a_token_from_another_realm_of_the_same_keycloak_is_refused_with_401() {
        String elsewhere =
                deployment.keycloak.passwordToken(KeycloakServer.OTHER_REALM, "cradle-tests", "practitioner");

        Api.of(deployment.first, elsewhere).get("/me").statusCode(401);
        Api.of(deployment.second, elsewhere).get("/me").statusCode(401);
    }

    @Test
    void a_token_issued_to_another_application_of_the_realm_is_refused_for_want_of_cradles_audience() {
        String forAnotherApp = deployment.keycloak.passwordToken(KeycloakServer.REALM, "other-app", "practitioner");

        Api.of(deployment.first, forAnotherApp).get("/me").statusCode(401);
    }

    @Test
    void the_front_end_client_uses_the_authorization_code_flow_with_pkce_only() {
        // The browser client must not hand out tokens for a password: only cradle-tests may.
        given().formParams(java.util.Map.of(
                        "grant_type", "password",
                        "client_id", "cradle-web",
                        "username", "practitioner",
                        "password", KeycloakServer.PASSWORD))
                .post(deployment.keycloak.issuer(KeycloakServer.REALM) + "/protocol/openid-connect/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("unauthorized_client"));
        // And its authorization request without a PKCE challenge is refused by Keycloak.
        given().redirects()
                .follow(false)
                .queryParams(java.util.Map.of(
                        "client_id", "cradle-web",
                        "response_type", "code",
                        "scope", "openid",
                        "redirect_uri", "http://localhost:5173/callback"))
                .get(deployment.keycloak.issuer(KeycloakServer.REALM) + "/protocol/openid-connect/auth")
                .then()
                .statusCode(302)
                .header("Location", startsWith("http://localhost:5173/callback"))
                .header("Location", containsString("error=invalid_request"));
    }
}
