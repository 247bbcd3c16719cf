package org.cradle.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls one Cradle instance's API with one bearer token (or none). */
final class Api {

    private final String baseUri;
    private final String token;

    private Api(String baseUri, String token) {
        this.baseUri = baseUri;
        this.token = token;
    }

    static Api of(CradleInstance instance, String token) {
        return new Api(instance.baseUri + "/api/v1", token);
    }

    private RequestSpecification request() {
        RequestSpecification request = given().baseUri(baseUri).accept(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    ValidatableResponse get(String path, Object... parameters) {
        return request().get(path, parameters).then();
    }

    ValidatableResponse post(String path, Object body, Object... parameters) {
        return request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path, parameters)
                .then();
    }

    ValidatableResponse put(String path, Object body, Object... parameters) {
        return request()
                .contentType(ContentType.JSON)
                .body(body)
                .put(path, parameters)
                .then();
    }

    String createFamily(String name) {
        String location = post("/families", java.util.Map.of("name", name, "recordKeepingMode", "INFANT"))
                .statusCode(201)
                .extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
