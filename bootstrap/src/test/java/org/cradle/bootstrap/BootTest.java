package org.cradle.bootstrap;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BootTest {
    @Test
    void health() {
        given().get("/q/health").then().log().all().statusCode(200);
    }
}
