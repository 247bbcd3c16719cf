package org.cradle.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Readiness follows what Cradle depends on, so a load balancer stops sending work to an instance that
 * cannot serve it, while liveness stays up (restarting would not help). Runs late: it stops servers.
 */
@Order(8)
@ExtendWith(Deployment.Extension.class)
class ReadinessIT {

    private static Deployment deployment;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
    }

    @Test
    void without_the_oidc_provider_then_without_the_database_the_instance_is_not_ready_but_alive() throws Exception {
        deployment.keycloak.close();

        given().get(deployment.first.managementUri + "/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'OIDC Provider Health Check' }.status", equalTo("DOWN"));

        deployment.postgres.close();

        given().get(deployment.first.managementUri + "/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));
        given().get(deployment.first.managementUri + "/q/health/live").then().statusCode(200);
    }
}
