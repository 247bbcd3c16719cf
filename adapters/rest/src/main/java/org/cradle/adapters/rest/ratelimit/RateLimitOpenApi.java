package org.cradle.adapters.rest.ratelimit;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.cradle.adapters.rest.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the rate limits once for every operation (ADR 24): the 429 answer with {@code Retry-After},
 * and the {@code RateLimit-Policy} and {@code RateLimit} headers on it, on every success and on every
 * refusal made after the request was counted, which operations would otherwise each repeat.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitOpenApi implements OASFilter {

    static final String TOO_MANY_REQUESTS = "429";

    /**
     * Answers given before a request is counted, so without the headers: no verified client (401), or
     * refused by the HTTP edge or by content negotiation before the operation runs.
     */
    private static final java.util.Set<String> BEFORE_COUNTING =
            java.util.Set.of("401", "406", "413", "414", "415", "431");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        responses.getAPIResponses().forEach((status, answer) -> {
            if (status.startsWith("2") || status.startsWith("4") && !BEFORE_COUNTING.contains(status)) {
                told(answer);
            }
        });
        if (!responses.hasAPIResponse(TOO_MANY_REQUESTS)) {
            APIResponse refused = OASFactory.createAPIResponse()
                    .description("You have made as many requests of this class (reads, writes, exports, ingest) as"
                            + " your limit allows in the current window; nothing was done. Try again after the"
                            + " seconds in Retry-After.")
                    .content(OASFactory.createContent()
                            .addMediaType(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
            told(refused);
            refused.addHeader(HttpHeaders.RETRY_AFTER, reference(HttpHeaders.RETRY_AFTER));
            responses.addAPIResponse(TOO_MANY_REQUESTS, refused);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader(
                RateLimitHeaders.POLICY,
                header(
                        Schema.SchemaType.STRING,
                        "The caller's limit for this class of operation (IETF draft-ietf-httpapi-ratelimit-headers):"
                                + " the policy's name (reads, writes, exports, ingest), q requests per w seconds.",
                        "\"reads\";q=600;w=60"));
        components.addHeader(
                RateLimitHeaders.STATE,
                header(
                        Schema.SchemaType.STRING,
                        "What is left of that limit: r more requests before the window ends, in t seconds, when the"
                                + " count starts again.",
                        "\"reads\";r=42;t=17"));
        components
                .getHeaders()
                .get(RateLimitHeaders.POLICY)
                .getSchema()
                .maxLength(RateLimitHeaders.MAX_LENGTH)
                .pattern(RateLimitHeaders.POLICY_FORM);
        components
                .getHeaders()
                .get(RateLimitHeaders.STATE)
                .getSchema()
                .maxLength(RateLimitHeaders.MAX_LENGTH)
                .pattern(RateLimitHeaders.STATE_FORM);
        components.addHeader(
                HttpHeaders.RETRY_AFTER,
                header(Schema.SchemaType.INTEGER, "Seconds to wait before trying again: the window's end.", 17));
        // a window is at most a day (RateLimitPolicy), so is the wait
        components
                .getHeaders()
                .get(HttpHeaders.RETRY_AFTER)
                .getSchema()
                .format("int32")
                .minimum(java.math.BigDecimal.ZERO)
                .maximum(java.math.BigDecimal.valueOf(
                        org.cradle.domain.ratelimit.RateLimitPolicy.LONGEST_WINDOW.getSeconds()));
    }

    /** An answer to a counted request: the limit and what is left of it. */
    private static void told(APIResponse answer) {
        answer.addHeader(RateLimitHeaders.POLICY, reference(RateLimitHeaders.POLICY));
        answer.addHeader(RateLimitHeaders.STATE, reference(RateLimitHeaders.STATE));
    }

    private static Header reference(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Header header(Schema.SchemaType type, String description, Object example) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().type(java.util.List.of(type)))
                .example(example);
    }
}
