package org.cradle.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database outage gets answers, not hangs: while PostgreSQL is down every call is refused within
 * seconds with a 503 problem telling the caller to try again (Retry-After), readiness is down so a load
 * balancer stops sending work, and liveness stays up because a restart would not help. Once PostgreSQL
 * is back both instances serve again by themselves, with what was written before intact and nothing of
 * what was refused.
 *
 * <p>Order 7: before ReadinessIT, which stops Keycloak for good (this test needs tokens) and then
 * PostgreSQL (this test leaves it running again).
 */
@Order(7)
@ExtendWith(Deployment.Extension.class)
class OutageIT {

    /**
     * Far above what a refusal should take (about a second: the pool tries a new connection once more
     * after a second; about three when the server never answers: the login and acquisition timeouts),
     * far below a hang.
     */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(60);

    /** A hang must fail the suite, not stall it. */
    private static final RestAssuredConfig BOUNDED = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 30_000));

    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");

    /** What must never reach a caller: class names, stack frames, SQL, the technology underneath. */
    private static final List<String> TECHNICAL = List.of(
            "exception",
            "\tat ",
            "java.",
            "org.",
            "sql",
            "select ",
            "insert ",
            "jdbc",
            "postgres",
            "hibernate",
            "agroal");

    private static Deployment deployment;
    private static String token;

    @BeforeAll
    static void deploy(Deployment deployed) {
        deployment = deployed;
        // While Keycloak is up; tokens live five minutes, far longer than this test.
        token = deployed.keycloak.userToken("practitioner");
    }

    /** One API call, made during the outage. */
    private record Call(String what, Function<RequestSpecification, Response> send) {}

    private final List<String> report = new ArrayList<>();
    private final List<Long> refusalMillis = new ArrayList<>();
    private final List<String> incidents = new ArrayList<>();

    @Test
    void with_the_database_down_calls_get_a_quick_503_to_retry_and_once_it_is_back_both_instances_serve_again()
            throws Exception {
        List<CradleInstance> instances = List.of(deployment.first, deployment.second);
        String keptName = TestData.name("Beforeoutage") + " household";
        String family = Api.of(deployment.first, token).createFamily(keptName);
        long familiesBefore = deployment.postgres.count("family");
        String refusedName = TestData.name("Duringoutage") + " household";
        List<Call> calls = List.of(
                new Call("read a family", request -> request.get("/families/{id}", family)),
                new Call("create a family", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("name", refusedName, "recordKeepingMode", "INFANT"))
                        .post("/families")),
                new Call("list families", request -> request.get("/families?name={name}", keptName)));

        deployment.postgres.stop();
        try {
            // The first round meets the pooled connections the stop broke, the second an empty pool
            // whose new connections are refused: both must be quick 503s.
            refuseEveryCall("stopped, round 1", instances, calls);
            refuseEveryCall("stopped, round 2", instances, calls);
            for (CradleInstance instance : instances) {
                assertNotReadyButAlive(instance);
            }
            // Worse than a stopped server: a host that takes connections and never answers (hung, or
            // replies dropped on the way). Only the timeouts stand between this and a hang.
            try (ServerSocket silent = new ServerSocket(deployment.postgres.port())) {
                refuseEveryCall("accepting but silent", instances, calls);
            }
        } finally {
            // Whatever failed above, the rest of the suite needs its database back.
            Instant starting = Instant.now();
            deployment.postgres.startAgain();
            report.add(String.format(
                    Locale.ROOT,
                    "  PostgreSQL started again (same data, same port) in %d ms",
                    Duration.between(starting, Instant.now()).toMillis()));
        }
        Instant back = Instant.now();

        for (CradleInstance instance : instances) {
            // The instance serves again by itself: nothing restarts it.
            int refusedAfterReturn = 0;
            while (request(instance).get("/families/{id}", family).statusCode() != 200) {
                refusedAfterReturn++;
                assertThat(Duration.between(back, Instant.now()))
                        .as("%s serving again after PostgreSQL returned", instance.name)
                        .isLessThan(RECOVERY_WITHIN);
                Thread.sleep(200);
            }
            report.add(String.format(
                    Locale.ROOT,
                    "  %s: serving again %d ms after PostgreSQL returned (%d calls refused meanwhile)",
                    instance.name,
                    Duration.between(back, Instant.now()).toMillis(),
                    refusedAfterReturn));
        }
        for (CradleInstance instance : instances) {
            // The same calls are served again, and what was written before the outage is there.
            request(instance)
                    .get("/families/{id}", family)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo(keptName));
            request(instance)
                    .get("/families?name={name}", keptName)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(family));
            Api.of(instance, token).createFamily(TestData.name("Afteroutage") + " household");
            // Nothing of the refused creates was written.
            request(instance)
                    .get("/families?name={name}", refusedName)
                    .then()
                    .statusCode(200)
                    .body("items", emptyIterable());
            awaitReady(instance);
        }
        assertThat(deployment.postgres.count("family"))
                .as("families: none from the refused creates, one created through each instance after")
                .isEqualTo(familiesBefore + instances.size());

        assertEachRefusalLoggedOnceWithoutStackTrace(instances);
        writeReport();
    }

    /** Every call, on every instance, gets a 503 to retry, quickly. */
    private void refuseEveryCall(String database, List<CradleInstance> instances, List<Call> calls) {
        for (CradleInstance instance : instances) {
            for (Call call : calls) {
                String what = String.format(Locale.ROOT, "database %s, %s, %s", database, instance.name, call.what());
                Instant sent = Instant.now();
                Response answer = call.send().apply(request(instance));
                Duration took = Duration.between(sent, Instant.now());
                incidents.add(assertRefusedForNow(answer, what));
                assertThat(took).as("%s: time to the 503", what).isLessThan(ANSWER_WITHIN);
                refusalMillis.add(took.toMillis());
                report.add(String.format(Locale.ROOT, "  %s: 503 in %d ms", what, took.toMillis()));
            }
        }
    }

    /** Not ready, so a load balancer stops sending it work; alive, because a restart would not help. */
    private void assertNotReadyButAlive(CradleInstance instance) {
        Instant asked = Instant.now();
        given().config(BOUNDED)
                .get(instance.managementUri + "/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        report.add(String.format(
                Locale.ROOT,
                "  %s: readiness DOWN, answered in %d ms",
                instance.name,
                Duration.between(asked, Instant.now()).toMillis()));
        given().config(BOUNDED)
                .get(instance.managementUri + "/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    private void writeReport() throws Exception {
        List<Long> sorted = new ArrayList<>(refusalMillis);
        sorted.sort(null);
        report.add(
                0,
                String.format(
                        Locale.ROOT,
                        "Database outage: %d calls refused with 503, slowest %d ms, median %d ms",
                        sorted.size(),
                        sorted.get(sorted.size() - 1),
                        sorted.get(sorted.size() / 2)));
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.print(text);
        Files.writeString(
                deployment.work.resolve("timings.txt"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static RequestSpecification request(CradleInstance instance) {
        return given().config(BOUNDED)
                .baseUri(instance.baseUri + "/api/v1")
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token);
    }

    /** Checks the answer is a 503 problem to retry, with nothing technical in it; gives its incident id. */
    private static String assertRefusedForNow(Response answer, String what) {
        answer.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(503))
                .body("type", equalTo("/problems/unavailable"))
                .body("code", equalTo("unavailable"));
        String body = answer.asString();
        for (String technical : TECHNICAL) {
            assertThat(body).as("%s: answer body", what).doesNotContainIgnoringCase(technical);
        }
        String detail = answer.path("detail");
        assertThat(detail).as("%s: detail", what).contains("database", "nothing was changed", "Try again");
        Matcher incident = INCIDENT.matcher(detail);
        assertThat(incident.find()).as("%s: incident id in %s", what, detail).isTrue();
        return incident.group(1);
    }

    /** Each refusal is one WARN line naming its incident; an outage must not flood the log with traces. */
    private void assertEachRefusalLoggedOnceWithoutStackTrace(List<CradleInstance> instances) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (CradleInstance instance : instances) {
            lines.addAll(instance.logLines());
        }
        for (String incident : incidents) {
            assertThat(lines)
                    .filteredOn(line -> line.path("message").asText().contains(incident))
                    .as("log lines naming incident %s", incident)
                    .singleElement()
                    .satisfies(line -> {
                        assertThat(line.path("level").asText()).isEqualTo("WARN");
                        assertThat(line.has("exception") || line.has("stackTrace"))
                                .as("stack trace in %s", line)
                                .isFalse();
                    });
        }
    }

    private static void awaitReady(CradleInstance instance) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY_WITHIN);
        while (given().config(BOUNDED)
                        .get(instance.managementUri + "/q/health/ready")
                        .statusCode()
                != 200) {
            assertThat(Instant.now()).as("%s ready again", instance.name).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
