package org.cradle.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(description = "Identifies the kind of problem; see the API guide.", example = "/problems/validation")
                String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "nhsNumber fails the modulus-11 check: its last digit does not match.") String detail,
        @Schema(description = "The request path.", example = "/api/v1/families/3f0c…/members") String instance,
        @Schema(description = "Stable machine-readable code of the rule.", example = "validation") String code,
        @Schema(description = "For validation problems: every offending field and the rule it broke.")
                List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of the request that broke a rule. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the field in the request body or query.", example = "person.nhsNumber")
                    String field,
            @Schema(example = "modulus-11") String rule,
            @Schema(example = "nhsNumber fails the modulus-11 check: its last digit does not match.") String message) {}
}
