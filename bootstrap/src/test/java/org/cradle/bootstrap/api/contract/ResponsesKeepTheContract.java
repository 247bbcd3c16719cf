package org.cradle.bootstrap.api.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Every answer the HTTP suite receives from {@code /api/v1}, checked against the document the service
 * serves at {@code /q/openapi}: a status the operation does not declare, or a body its schema refuses,
 * fails the test that received it, naming the operation and what is wrong. Registered for every
 * {@code @QuarkusTest} class as a Quarkus test callback ({@code META-INF/services}), so that it is loaded
 * by the class loader the tests' RestAssured is; requests themselves are not checked, since the
 * hostile-input suite sends what the contract forbids on purpose.
 */
public class ResponsesKeepTheContract implements QuarkusTestBeforeClassCallback, Filter {

    /** Set to a file name to collect every breach there instead of failing, for surveying. */
    private static final String COLLECT = System.getProperty("cradle.contract.collect");

    private static volatile ResponseContract contract;

    @Override
    public void beforeClass(Class<?> testClass) {
        synchronized (ResponsesKeepTheContract.class) {
            if (RestAssured.filters().stream().noneMatch(ResponsesKeepTheContract.class::isInstance)) {
                RestAssured.filters(new ResponsesKeepTheContract());
            }
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/v1/") || "HEAD".equals(request.getMethod())) {
            // An answer to HEAD has no body to hold to the document: only its status and headers.
            return answer;
        }
        List<String> breaches = contract(request, context)
                .check(request.getMethod(), path, answer.statusCode(), answer.contentType(), answer.asString());
        if (!breaches.isEmpty()) {
            if (COLLECT != null) {
                collect(breaches);
            } else {
                throw new AssertionError("The answer breaks the served OpenAPI document:\n  "
                        + String.join("\n  ", breaches) + "\nBody: " + abbreviated(answer.asString()));
            }
        }
        return answer;
    }

    private static ResponseContract contract(FilterableRequestSpecification request, FilterContext context) {
        ResponseContract known = contract;
        if (known == null) {
            synchronized (ResponsesKeepTheContract.class) {
                if (contract == null) {
                    URI uri = URI.create(request.getURI());
                    String served = RestAssured.given()
                            .noFilters()
                            .baseUri(uri.getScheme() + "://" + uri.getAuthority())
                            .basePath("")
                            .get("/q/openapi?format=json")
                            .asString();
                    contract = new ResponseContract(served);
                }
                known = contract;
            }
        }
        return known;
    }

    private static void collect(List<String> breaches) {
        try {
            Files.writeString(
                    Path.of(COLLECT),
                    String.join("\n", breaches) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
