package org.cradle.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cradle.application.ratelimit.RateLimitCounters;
import org.cradle.application.ratelimit.RateLimitPolicies;
import org.cradle.application.ratelimit.RateLimiter;
import org.cradle.bootstrap.AdjustableClock;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.ratelimit.RateLimitExceededException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No client can exhaust the service (issue 21, ADR 24): each client's requests are counted per class of
 * operation across instances, and the request after the limit is refused with 429. Its own profile, with
 * limits a test reaches in a few requests; each test is a new client, at the start of a window.
 */
@QuarkusTest
@TestProfile(RateLimitApiTest.LowLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitApiTest {

    /** Five reads and three writes a minute, two exports an hour. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cradle.rate-limit.enabled", "true",
                    "cradle.rate-limit.reads.limit", "5",
                    "cradle.rate-limit.reads.window", "PT1M",
                    "cradle.rate-limit.writes.limit", "3",
                    "cradle.rate-limit.writes.window", "PT1M",
                    "cradle.rate-limit.exports.limit", "2",
                    "cradle.rate-limit.exports.window", "PT1H");
        }
    }

    private static final Pattern STATE = Pattern.compile("\"reads\";r=(\\d+);t=(\\d+)");

    @Inject
    AdjustableClock clock;

    @Inject
    RateLimitPolicies policies;

    @Inject
    RateLimitCounters counters;

    @Inject
    DataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void every_counted_answer_says_the_limit_of_its_class_and_what_is_left_of_it() {
        atTheStartOfAWindow(Duration.ofHours(1));
        Api caller = Api.withToken(Tokens.of(someone(), Tokens.NORTH, "practitioner"));

        Response first = caller.request().get("/me");
        Response second = caller.request().get("/me");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("RateLimit-Policy")).isEqualTo("\"reads\";q=5;w=60");
        assertThat(remaining(first)).isEqualTo(4);
        assertThat(remaining(second)).isEqualTo(3);
        assertThat(secondsToReset(second)).isBetween(1L, 60L);
        assertThat(caller.request()
                        .body(Map.of("name", "Counted household", "recordKeepingMode", "LINKED"))
                        .post("/families")
                        .then()
                        .statusCode(201)
                        .extract()
                        .header("RateLimit-Policy"))
                .isEqualTo("\"writes\";q=3;w=60");
        // A subject-access export is counted as one, answered as it may be (here: no such person).
        Response export = caller.request()
                .body(Map.of("receivedOn", "2026-01-05"))
                .post("/people/{id}/subject-access-exports", UUID.randomUUID());
        assertThat(export.statusCode()).isEqualTo(404);
        assertThat(export.header("RateLimit-Policy")).isEqualTo("\"exports\";q=2;w=3600");
        assertThat(export.header("RateLimit")).startsWith("\"exports\";r=1;t=");
    }

    @Test
    void the_request_after_the_limit_is_refused_with_429_problem_details_retry_after_and_the_limit_headers()
            throws Exception {
        atTheStartOfAWindow(Duration.ofMinutes(1));
        Api caller = Api.withToken(Tokens.of(someone(), Tokens.NORTH, "practitioner"));
        for (int i = 0; i < 5; i++) {
            caller.get("/me").statusCode(200);
        }

        Response refused = caller.request().get("/me");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonPath problem = refused.jsonPath();
        assertThat(problem.getString("type")).isEqualTo("/problems/rate-limited");
        assertThat(problem.getString("code")).isEqualTo("rate-limited");
        assertThat(problem.getInt("status")).isEqualTo(429);
        assertThat(problem.getString("title")).isEqualTo("Too many requests");
        assertThat(problem.getString("detail")).startsWith("This client has made its 5 reads allowed in 60 seconds");
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/me");
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"reads\";q=5;w=60");
        assertThat(remaining(refused)).isZero();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isEqualTo(secondsToReset(refused));
        assertThat(secondsToReset(refused)).isBetween(1L, 60L);
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");

        // A refused write writes nothing.
        String name = "Refused household " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            caller.post("/families", Map.of("name", "Written household", "recordKeepingMode", "LINKED"))
                    .statusCode(201);
        }
        caller.post("/families", Map.of("name", name, "recordKeepingMode", "LINKED"))
                .statusCode(429)
                .header("RateLimit-Policy", equalTo("\"writes\";q=3;w=60"))
                .body("code", equalTo("rate-limited"));
        assertThat(Rows.count(dataSource, "family where name = '" + name + "'")).isZero();
    }

    @Test
    void another_client_is_not_held_back_by_one_that_reached_its_limit() {
        atTheStartOfAWindow(Duration.ofMinutes(1));
        String subject = someone();
        Api greedy = Api.withToken(Tokens.of(subject, Tokens.NORTH, "practitioner"));
        for (int i = 0; i < 5; i++) {
            greedy.get("/me").statusCode(200);
        }
        greedy.get("/me").statusCode(429);

        Response other = Api.withToken(Tokens.of(someone(), Tokens.NORTH, "practitioner"))
                .request()
                .get("/me");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(remaining(other)).isEqualTo(4);
        // The same person with a new token (another session) is the same client.
        Api.withToken(Tokens.of(subject, Tokens.SOUTH, "team-manager"))
                .get("/me")
                .statusCode(429);
        // Its writes are a limit of their own.
        greedy.post("/families", Map.of("name", "Still written household", "recordKeepingMode", "LINKED"))
                .statusCode(201);
    }

    @Test
    void an_integration_client_is_counted_by_its_client_id_whichever_token_or_service_account_it_calls_with() {
        atTheStartOfAWindow(Duration.ofMinutes(1));
        String clientId = "lab-system-" + UUID.randomUUID();
        Api firstToken = Api.withToken(clientToken(clientId, "service-account-1"));
        Api secondToken = Api.withToken(clientToken(clientId, "service-account-2"));
        for (int i = 0; i < 3; i++) {
            firstToken.get("/me").statusCode(200).body("subject", equalTo(clientId));
        }
        secondToken.get("/me").statusCode(200);
        secondToken.get("/me").statusCode(200);

        firstToken.get("/me").statusCode(429);
        secondToken.get("/me").statusCode(429);
        // A person whose subject is the client's id is another client.
        Api.withToken(Tokens.of(clientId, Tokens.NORTH, "practitioner"))
                .get("/me")
                .statusCode(200);
    }

    @Test
    void two_instances_share_one_limit_through_the_count_in_postgresql() {
        atTheStartOfAWindow(Duration.ofMinutes(1));
        String subject = someone();
        Api caller = Api.withToken(Tokens.of(subject, Tokens.NORTH, "practitioner"));
        // Another instance of Cradle: its own limiter, in memory its own, on the same database.
        RateLimiter otherInstance = new RateLimiter(policies, counters, clock);
        LimitedClient client = LimitedClient.of(
                Actor.practitioner(subject, new OrganisationId(Tokens.NORTH), Set.of(Role.PRACTITIONER)));

        for (int i = 0; i < 3; i++) {
            caller.get("/me").statusCode(200);
        }
        assertThat(otherInstance.admit(client, OperationClass.READ))
                .get()
                .satisfies(decision -> assertThat(decision.remaining()).isEqualTo(1));
        otherInstance.admit(client, OperationClass.READ);

        caller.get("/me").statusCode(429);
        assertThatExceptionOfType(RateLimitExceededException.class)
                .isThrownBy(() -> otherInstance.admit(client, OperationClass.READ));
    }

    @Test
    void the_count_starts_again_when_the_next_window_starts() {
        atTheStartOfAWindow(Duration.ofMinutes(1));
        Api caller = Api.withToken(Tokens.of(someone(), Tokens.NORTH, "practitioner"));
        for (int i = 0; i < 5; i++) {
            caller.get("/me").statusCode(200);
        }
        caller.get("/me").statusCode(429);

        clock.advance(Duration.ofMinutes(1));

        Response again = caller.request().get("/me");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(remaining(again)).isEqualTo(4);
    }

    @Test
    void requests_without_a_valid_token_and_the_management_endpoints_are_not_counted() {
        for (int i = 0; i < 10; i++) {
            given().get("/api/v1/me")
                    .then()
                    .statusCode(401)
                    .header("RateLimit", nullValue())
                    .header("RateLimit-Policy", nullValue());
            Api.withToken(Tokens.expired("practitioner"))
                    .get("/me")
                    .statusCode(401)
                    .header("RateLimit", nullValue());
            given().get("/q/health").then().statusCode(200).header("RateLimit", nullValue());
            given().get("/q/openapi").then().statusCode(200).header("RateLimit", nullValue());
            given().get("/q/metrics").then().statusCode(200).header("RateLimit", nullValue());
        }
    }

    @Test
    void the_openapi_document_declares_the_429_and_the_rate_limit_headers_for_every_operation() {
        JsonPath openapi = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String at = "paths.'" + path + "'." + method + ".responses";
            assertThat(openapi.getString(at + ".'429'.description"))
                    .as("429 of %s %s", method, path)
                    .isNotBlank();
            assertThat(openapi.getString(at + ".'429'.content.'application/problem+json'.schema.$ref"))
                    .as("429 body of %s %s", method, path)
                    .isEqualTo("#/components/schemas/Problem");
            assertThat(openapi.getMap(at + ".'429'.headers"))
                    .as("429 headers of %s %s", method, path)
                    .containsKeys("Retry-After", "RateLimit", "RateLimit-Policy");
            Map<String, Map<String, Object>> answers = openapi.getMap(at);
            answers.forEach((status, answer) -> {
                if (status.startsWith("2")) {
                    assertThat(openapi.getMap(at + ".'" + status + "'.headers"))
                            .as("headers of %s %s %s", status, method, path)
                            .containsKeys("RateLimit", "RateLimit-Policy");
                }
            });
        }));
        assertThat(openapi.getString("components.headers.RateLimit.description"))
                .contains("seconds");
        assertThat(openapi.getString("components.headers.'RateLimit-Policy'.description"))
                .contains("reads");
    }

    /** A new client for each test, so that no test counts another's requests. */
    private static String someone() {
        return "rate-limited-" + UUID.randomUUID();
    }

    /** Another system's client-credentials token: the integrator role, its client id in azp. */
    private static String clientToken(String clientId, String subject) {
        return Jwt.claims()
                .issuer(Tokens.ISSUER)
                .subject(subject)
                .groups(Set.of("integrator"))
                .claim("organisation", Tokens.NORTH)
                .claim("azp", clientId)
                .claim("scope", "cradle:read-family-records")
                .expiresIn(600)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    /** Moves the clock to just after a window of {@code length} starts, so that a test's requests share one. */
    private void atTheStartOfAWindow(Duration length) {
        Instant now = clock.instant();
        long seconds = length.getSeconds();
        Instant next = Instant.ofEpochSecond((Math.floorDiv(now.getEpochSecond(), seconds) + 1) * seconds);
        clock.advance(Duration.between(now, next).plusMillis(500));
    }

    private static long remaining(Response response) {
        return Long.parseLong(state(response).group(1));
    }

    private static long secondsToReset(Response response) {
        return Long.parseLong(state(response).group(2));
    }

    private static Matcher state(Response response) {
        String header = response.header("RateLimit");
        assertThat(header).as("RateLimit header").isNotNull();
        Matcher matcher = STATE.matcher(header);
        assertThat(matcher.matches()).as("RateLimit: %s", header).isTrue();
        return matcher;
    }
}
