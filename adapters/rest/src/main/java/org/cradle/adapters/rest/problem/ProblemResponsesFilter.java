package org.cradle.adapters.rest.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents once what operations would otherwise each repeat: the answers every operation can give
 * (401, 403, 406, 414, 431, 500, 503; 413 and 415 with a body), and that every error answer is a problem+json {@link Problem}. Operations describe
 * only the answers particular to them (400, 404, 409, 422), and why they happen.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "No valid bearer token: missing, expired, wrongly signed or from another issuer.",
            "403", "Your roles do not allow this, or the token names no organisation.",
            "406", "The Accept header names no media type this operation answers with.",
            "414", "The URI is longer than Cradle reads (see the API guide).",
            "431", "The request's headers are larger than Cradle reads.",
            "500", "Our fault; nothing was changed. The problem names an incident id.",
            "503",
                    "The database cannot be reached just now; nothing was changed. Try again after the seconds given"
                            + " in Retry-After.");

    /** What every operation that takes a body can answer besides. */
    private static final Map<String, String> EVERY_BODY = Map.of(
            "413", "The body is larger than Cradle reads (see the API guide).",
            "415", "The body is not application/json.");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        declare(responses, EVERY_OPERATION);
        if (operation.getRequestBody() != null) {
            declare(responses, EVERY_BODY);
        }
        responses.getAPIResponses().forEach((status, answer) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && answer.getContent() == null) {
                answer.setContent(problem());
            }
        });
        return operation;
    }

    private static void declare(APIResponses responses, Map<String, String> answers) {
        for (var answer : answers.entrySet()) {
            if (!responses.hasAPIResponse(answer.getKey())) {
                responses.addAPIResponse(
                        answer.getKey(), OASFactory.createAPIResponse().description(answer.getValue()));
            }
        }
    }

    private static Content problem() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
