package org.cradle.bootstrap.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.cradle.bootstrap.api.Api;
import org.cradle.bootstrap.api.Tokens;
import org.cradle.bootstrap.api.contract.HostileVariants.Variant;
import org.cradle.bootstrap.api.contract.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * The safety net under the whole HTTP contract: reads the service's own OpenAPI document and, for
 * every operation in it, sends hostile variants of every parameter and body field ({@link
 * HostileVariants}) with a valid token whose roles allow the operation. Every answer must be a 4xx
 * problem+json, name the field at fault where one is, carry no stack trace, class name or SQL — and
 * the database must hold exactly the rows it held before. An operation added later is probed without
 * touching this test; one with a path parameter the fixture does not know fails it, asking for one.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|stack ?trace|\\bat (org|java|io|com)\\.|org\\.cradle|org\\.hibernate|org\\.postgresql|jakarta\\."
                    + "|java\\.|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.*\\bset\\b|sqlstate|psql");

    @Inject
    DataSource dataSource;

    /** Every role, in the organisation working with the fixture family, so that no check but the input's can refuse. */
    private final Api everyone = Api.withToken(Tokens.of(
            "hostile.tester",
            Tokens.NORTH,
            "practitioner",
            "team-manager",
            "safeguarding-lead",
            "caldicott-guardian",
            "records-officer",
            "auditor",
            "integrator",
            "admin"));

    @Test
    void every_operation_refuses_hostile_input_with_a_clean_problem_and_writes_nothing() throws Exception {
        Map<String, String> known = ContractFixture.records(everyone);
        JsonNode document = JSON.readTree(
                given().accept("application/json").get("/q/openapi?format=json").asString());
        List<Operation> operations = new OpenApiOperations(document).under("/api/v1");
        HostileVariants hostile = new HostileVariants(known::get);

        List<String> failures = new ArrayList<>();
        Map<String, Long> rows = rowCounts();
        int sent = 0;
        for (Operation operation : operations) {
            for (Variant variant : hostile.of(operation)) {
                sent++;
                check(variant, send(variant), failures);
            }
            Map<String, Long> after = rowCounts();
            if (!after.equals(rows)) {
                failures.add(operation + " wrote rows: before " + rows + ", after " + after);
                rows = after;
            }
        }
        System.out.printf(
                Locale.ROOT, "HostileInputTest: %d operations, %d hostile requests%n", operations.size(), sent);

        java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-input-failures.txt"), failures);
        assertThat(operations).hasSizeGreaterThan(25);
        assertThat(failures)
                .as("%d of %d hostile requests", failures.size(), sent)
                .isEmpty();
    }

    private Response send(Variant variant) {
        RequestSpecification request = everyone.request().basePath("").urlEncodingEnabled(false);
        if (variant.path().endsWith(".html")) {
            request.accept("text/html");
        }
        Map<String, String> encoded = new LinkedHashMap<>();
        variant.query().forEach((name, value) -> encoded.put(name, encode(value)));
        request.queryParams(encoded);
        variant.headers().forEach(request::header);
        if (variant.path().contains("/video-uploads/")) {
            // A video's bytes go as tus sends them; the JSON of other bodies would be refused before the headers.
            request.contentType("application/offset+octet-stream");
        }
        if (variant.body() != null) {
            request.body(variant.body());
        }
        return request.request(variant.method(), variant.path());
    }

    private static void check(Variant variant, Response response, List<String> failures) {
        int status = response.statusCode();
        String body = response.asString();
        String problem = null;
        if (status < 400 || status >= 500) {
            problem = "answered " + status;
        } else if (variant.method().equalsIgnoreCase("head")) {
            // An answer to HEAD has no body: its status is all it can say.
            if (variant.mustNameIt() && status != 400) {
                problem = "answered " + status + " instead of 400";
            }
        } else if (!response.contentType().startsWith("application/problem+json")) {
            problem = "answered " + status + " as " + response.contentType();
        } else if (LEAK.matcher(body).find()) {
            problem = "leaks internals: " + body;
        } else if (variant.field() != null && variant.mustNameIt()) {
            List<String> fields = fieldsNamed(body);
            boolean named = fields.stream()
                    .anyMatch(f -> f.equals(variant.field())
                            || f.startsWith(variant.field() + ".")
                            || f.startsWith(variant.field() + "["));
            if (status != 400) {
                problem = "answered " + status + " instead of 400 naming the field: " + body;
            } else if (!named) {
                problem = "does not name " + variant.field() + ": " + body;
            }
        }
        if (problem != null) {
            failures.add(variant + " " + HostileVariants.escaped(problem));
        }
    }

    private static List<String> fieldsNamed(String body) {
        List<String> fields = new ArrayList<>();
        try {
            JsonNode problem = JSON.readTree(body);
            problem.path("errors")
                    .forEach(error -> fields.add(error.path("field").asText()));
        } catch (Exception e) {
            fields.add("<unreadable body>");
        }
        return fields;
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var connection = dataSource.getConnection();
                var tables = connection
                        .createStatement()
                        .executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                                + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                // A request refused as not found leaves its ACCESS_DENIED event, and nothing else.
                String rows = name.equals("audit_event") ? "audit_event where action <> 'ACCESS_DENIED'" : name;
                try (var count = connection.createStatement().executeQuery("select count(*) from " + rows)) {
                    count.next();
                    counts.put(name, count.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
