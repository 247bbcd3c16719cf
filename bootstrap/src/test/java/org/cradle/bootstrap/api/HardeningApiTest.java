package org.cradle.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the hardening issue found, each class pinned by the request that showed it: lenient JSON,
 * authorisation after validation, bare answers from the HTTP server, missing cache headers, tokens from
 * the future, and concurrent additions to one family refused as stale.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HardeningApiTest {

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/families")
    java.net.URI families;

    private final Api practitioner = Api.as("practitioner");
    private final Api auditor = Api.as("auditor");

    @Test
    void a_value_of_the_wrong_json_type_is_refused_naming_the_field_instead_of_being_coerced() throws Exception {
        String family = practitioner.createFamily("Strict household");
        long families = Rows.count(dataSource, "family");

        refused("/families", "{\"name\":12345,\"recordKeepingMode\":\"LINKED\"}", "name", "type");
        refused("/families", "{\"name\":\"Okafor\",\"recordKeepingMode\":0}", "recordKeepingMode", "type");
        refused(
                "/families",
                "{\"name\":\"A\",\"recordKeepingMode\":\"LINKED\",\"name\":\"B\"}",
                "name",
                "duplicate-key");
        refused(
                "/families/" + family + "/members",
                "{\"person\":{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":20240101},"
                        + "\"role\":\"CHILD\",\"livesWithChild\":true,\"parentalResponsibility\":false}",
                "person.dateOfBirth",
                "type");
        refused(
                "/families/" + family + "/members",
                "{\"person\":{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"2024-01-01\"},"
                        + "\"role\":\"CHILD\",\"livesWithChild\":true,\"parentalResponsibility\":1}",
                "parentalResponsibility",
                "type");
        practitioner
                .request()
                .body("{\"name\":\"X\",\"recordKeepingMode\":\"LINKED\",\"version\":\"0\"}")
                .put("/families/{id}", family)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
        practitioner
                .request()
                .body("{\"name\":\"X\",\"recordKeepingMode\":\"LINKED\",\"version\":0.5}")
                .put("/families/{id}", family)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));

        assertThat(Rows.count(dataSource, "family")).isEqualTo(families);
    }

    @Test
    void a_body_that_is_not_a_json_object_or_holds_a_null_element_is_a_problem_naming_it() {
        for (String notAnObject : List.of("[]", "\"x\"", "42")) {
            practitioner
                    .request()
                    .body(notAnObject)
                    .post("/families")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].rule", equalTo("json-object"));
        }
        practitioner
                .request()
                .body("{\"subjectId\":\"6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51\",\"purpose\":\"DIRECT_SUPPORT\","
                        + "\"recipient\":{\"organisation\":\"RX1\"},\"categories\":[null]}")
                .post("/consent-coverage")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("categories[0]"))
                .body("errors[0].rule", equalTo("not-null"));
    }

    @Test
    void a_date_outside_the_window_is_refused_in_bodies_and_in_queries() {
        refused(
                "/families/" + practitioner.createFamily("Far household") + "/episodes",
                "{\"serviceType\":\"EARLY_HELP\",\"leadPractitioner\":\"j.mensah\",\"openedOn\":\"-5000-01-01\"}",
                "openedOn",
                "date");
        practitioner
                .request()
                .queryParam("on", "+5874898-01-01")
                .get("/consents/due-for-review")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("on"));
        practitioner
                .get("/consents/due-for-review?on=2200-01-01")
                .statusCode(400)
                .body("errors[0].rule", equalTo("date-window"));
        practitioner
                .get("/families?page=21474837&size=100")
                .statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].rule", equalTo("max-depth"));
    }

    @Test
    void a_consent_cannot_be_put_beyond_review_by_a_far_review_date() throws Exception {
        Household household = Household.workedWithBy(practitioner, "Forever household", "Review");
        long consents = Rows.count(dataSource, "consent");
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "subjectId",
                household.mother(),
                "grantorId",
                household.mother(),
                "decision",
                "GIVEN",
                "purposes",
                List.of("DIRECT_SUPPORT"),
                "recipients",
                List.of(Map.of("kind", "TEAM_AROUND_THE_FAMILY")),
                "categories",
                List.of("BASIC_DETAILS"),
                "notesKeptIn",
                "INFANT_RECORD",
                "method",
                "EXPLICIT_WRITTEN",
                "effectiveFrom",
                "2026-06-01",
                "reviewBy",
                "2027-06-02"));

        practitioner
                .post("/families/{id}/consents", body, household.family())
                .statusCode(400)
                .body("errors[0].field", equalTo("reviewBy"))
                .body("errors[0].rule", equalTo("max-review-period"));
        assertThat(Rows.count(dataSource, "consent")).isEqualTo(consents);
    }

    @Test
    void a_caller_whose_roles_can_never_use_an_operation_is_refused_before_the_input_is_read() {
        auditor.request().body("{\"name\":").post("/families").then().statusCode(403);
        auditor.request().body("{\"name\":12345}").post("/families").then().statusCode(403);
        auditor.get("/families/not-a-uuid").statusCode(403);
        practitioner
                .request()
                .queryParam("actor", "\u0000")
                .get("/audit-events")
                .then()
                .statusCode(403);
        auditor.request()
                .queryParam("actor", "\u0000")
                .get("/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actor"));
    }

    @Test
    void refusals_by_the_http_server_itself_are_problems_too() throws Exception {
        Response longUri = practitioner.request().get("/families/" + "a".repeat(10_000));
        assertThat(longUri.statusCode()).isEqualTo(414);
        assertThat(longUri.contentType()).startsWith("application/problem+json");
        assertThat(longUri.jsonPath().getString("instance")).hasSizeLessThan(300);

        Response largeBody = practitioner
                .request()
                .body("{\"name\":\"" + "a".repeat(1_100_000) + "\",\"recordKeepingMode\":\"LINKED\"}")
                .post("/families");
        assertThat(largeBody.statusCode()).isEqualTo(413);
        assertThat(largeBody.contentType()).startsWith("application/problem+json");

        // A stream of unknown length goes in chunks, with no Content-Length to refuse it by.
        byte[] large = ("{\"name\":\"" + "a".repeat(1_100_000) + "\",\"recordKeepingMode\":\"LINKED\"}").getBytes();
        java.net.http.HttpResponse<String> largeChunkedBody = postInChunks(large);
        assertThat(largeChunkedBody.statusCode()).isEqualTo(413);
        assertThat(largeChunkedBody.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(postInChunks("{\"name\":\"Chunked household\",\"recordKeepingMode\":\"LINKED\"}".getBytes())
                        .statusCode())
                .isEqualTo(201);

        Response largeHeaders =
                practitioner.request().header("X-Padding", "a".repeat(40_000)).get("/me");
        assertThat(largeHeaders.statusCode()).isEqualTo(431);
        assertThat(largeHeaders.contentType()).startsWith("application/problem+json");

        given().get("/nothing-here").then().statusCode(404).contentType(startsWith("application/problem+json"));
        practitioner
                .request()
                .delete("/families")
                .then()
                .statusCode(405)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void personal_data_is_never_cached_and_comes_with_the_usual_security_headers() {
        String family = practitioner.createFamily("Private household");
        for (Response response : List.of(
                practitioner.request().get("/families/{id}", family),
                practitioner.request().get("/families/{id}", java.util.UUID.randomUUID()),
                given().get("/api/v1/families"))) {
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        }
    }

    @Test
    void a_token_issued_in_the_future_beyond_the_clock_skew_allowance_is_refused() {
        Api fromTheFuture =
                Api.withToken(Tokens.issuedAt("practitioner", Instant.now().plusSeconds(3600)));
        Api slightlyAhead =
                Api.withToken(Tokens.issuedAt("practitioner", Instant.now().plusSeconds(20)));

        fromTheFuture.get("/me").statusCode(401).contentType(startsWith("application/problem+json"));
        slightlyAhead.get("/me").statusCode(200);
    }

    @Test
    void two_members_added_to_one_family_at_the_same_moment_both_join() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String family = practitioner.createFamily("Busy household " + attempt);
            List<Integer> statuses = Concurrently.atOnce(
                    () -> practitioner
                            .post("/families/{id}/members", newMember("Ada"), family)
                            .extract()
                            .statusCode(),
                    () -> practitioner
                            .post("/families/{id}/members", newMember("Ben"), family)
                            .extract()
                            .statusCode());

            assertThat(statuses).containsOnly(201);
            practitioner.get("/families/{id}", family).body("members.size()", equalTo(2));
        }
    }

    @Test
    void two_revisions_from_the_same_version_still_conflict() throws Exception {
        String family = practitioner.createFamily("Contested household");
        List<Integer> statuses = Concurrently.atOnce(
                () -> practitioner
                        .put(
                                "/families/{id}",
                                Map.of("name", "One", "recordKeepingMode", "LINKED", "version", 0),
                                family)
                        .extract()
                        .statusCode(),
                () -> practitioner
                        .put(
                                "/families/{id}",
                                Map.of("name", "Two", "recordKeepingMode", "LINKED", "version", 0),
                                family)
                        .extract()
                        .statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    private java.net.http.HttpResponse<String> postInChunks(byte[] body) throws Exception {
        return java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(families)
                                .header("Authorization", "Bearer " + Tokens.as("practitioner"))
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(body)))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private void refused(String path, String body, String field, String rule) {
        practitioner
                .request()
                .body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.rule", equalTo(rule));
    }

    private static Map<String, Object> newMember(String givenName) {
        return Map.of(
                "person",
                Map.of(
                        "givenName",
                        givenName,
                        "familyName",
                        "Busy",
                        "dateOfBirth",
                        "1990-01-01",
                        "nhsNumber",
                        NhsNumbers.fresh()),
                "role",
                "CARER",
                "livesWithChild",
                true,
                "parentalResponsibility",
                false);
    }
}
