package org.cradle.bootstrap.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Calls to /api/v1 as a given caller, and the few steps most tests start from. */
public final class Api {

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    public static Api as(String role) {
        return new Api(Tokens.as(role));
    }

    public static Api withToken(String token) {
        return new Api(token);
    }

    public RequestSpecification request() {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .basePath("/api/v1");
    }

    public ValidatableResponse get(String path, Object... pathParams) {
        return request().get(path, pathParams).then();
    }

    public ValidatableResponse post(String path, Object body, Object... pathParams) {
        return request().body(body).post(path, pathParams).then();
    }

    public ValidatableResponse put(String path, Object body, Object... pathParams) {
        return request().body(body).put(path, pathParams).then();
    }

    /** Creates a family and returns its id. */
    public String createFamily(String name) {
        return post("/families", Map.of("name", name, "recordKeepingMode", "LINKED"))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Opens an episode of parent–infant work with the family for the caller's organisation; returns its id. */
    public String openEpisode(String familyId) {
        return post(
                        "/families/{id}/episodes",
                        Map.of(
                                "serviceType",
                                "PARENT_INFANT_MENTAL_HEALTH",
                                "leadPractitioner",
                                "j.mensah",
                                "openedOn",
                                "2026-01-01"),
                        familyId)
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Adds a new person to a family and returns their person id. */
    public String addNewPerson(
            String familyId, Map<String, Object> person, String role, boolean parentalResponsibility) {
        return post(
                        "/families/{id}/members",
                        Map.of(
                                "person", person,
                                "role", role,
                                "livesWithChild", true,
                                "parentalResponsibility", parentalResponsibility),
                        familyId)
                .statusCode(201)
                .extract()
                .path("personId");
    }
}
