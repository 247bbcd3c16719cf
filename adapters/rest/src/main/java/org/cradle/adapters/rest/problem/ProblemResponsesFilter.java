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
 * (401, 403, 500, 503), and that every error answer is a problem+json {@link Problem}. Operations describe
 * only the answers particular to them (400, 404, 409, 422), and why they happen.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "No valid bearer token: missing, expired, wrongly signed or from another issuer.",
            "403", "Your roles do not allow this, or the token names no organisation.",
            "500", "Our fault; nothing was changed. The problem names an incident id.",
            "503",
                    "The database cannot be reached just now; nothing was changed. Try again after the seconds given"
                            + " in Retry-After.");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (var answer : EVERY_OPERATION.entrySet()) {
            if (!responses.hasAPIResponse(answer.getKey())) {
                responses.addAPIResponse(
                        answer.getKey(), OASFactory.createAPIResponse().description(answer.getValue()));
            }
        }
        responses.getAPIResponses().forEach((status, answer) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && answer.getContent() == null) {
                answer.setContent(problem());
            }
        });
        return operation;
    }

    private static Content problem() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
