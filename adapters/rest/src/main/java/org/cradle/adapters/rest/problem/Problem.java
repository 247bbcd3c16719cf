package org.cradle.adapters.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.cradle.adapters.rest.RequestLog;
import org.cradle.domain.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body. Its text is Cradle's own, and held to the bounds the document gives
 * it: a detail or a message may quote what was sent (an unknown field's name, a value refused), so each is
 * cut where it would be longer, and so is the list of errors.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(
                        description = "Identifies the kind of problem; see the API guide.",
                        example = "/problems/validation",
                        maxLength = Problem.MAX_WORDS)
                String type,
        @Schema(example = "The request is not valid", maxLength = Problem.MAX_WORDS) String title,
        @Schema(example = "400", minimum = "" + Problem.LEAST_STATUS, maximum = "" + Problem.MOST_STATUS) int status,
        @Schema(
                        example = "nhsNumber fails the modulus-11 check: its last digit does not match.",
                        maxLength = Problem.MAX_DETAIL)
                String detail,
        @Schema(
                        description = "The request path.",
                        example = "/api/v1/families/3f0c…/members",
                        maxLength = RequestLog.MAX_SHORTENED_PATH)
                String instance,
        @Schema(
                        description = "Stable machine-readable code of the rule.",
                        example = "validation",
                        maxLength = Problem.MAX_WORDS)
                String code,
        @Schema(
                        description = "For validation problems: every offending field and the rule it broke.",
                        maxItems = Problem.MAX_ERRORS)
                List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The longest type, title, code or rule: a few words of Cradle's. */
    public static final int MAX_WORDS = 200;

    /** The longest detail or message: a sentence or two of Cradle's, quoting what was sent. */
    public static final int MAX_DETAIL = 2000;

    /** The longest field path named: as deep as a body goes, with an unknown field's name as sent. */
    public static final int MAX_FIELD = 500;

    /** The most errors one answer lists: every refusal of a body, up to this. */
    public static final int MAX_ERRORS = 100;

    /** Problems are errors: client errors and server errors, 400 to 599. */
    public static final int LEAST_STATUS = 400;

    public static final int MOST_STATUS = 599;

    public Problem {
        type = Text.atMost(type, MAX_WORDS);
        title = Text.atMost(title, MAX_WORDS);
        detail = Text.atMost(detail, MAX_DETAIL);
        instance = Text.atMost(instance, RequestLog.MAX_SHORTENED_PATH);
        code = Text.atMost(code, MAX_WORDS);
        errors = errors == null || errors.size() <= MAX_ERRORS ? errors : List.copyOf(errors.subList(0, MAX_ERRORS));
    }

    /** One field of the request that broke a rule. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(
                            description = "Path of the field in the request body or query.",
                            example = "person.nhsNumber",
                            maxLength = Problem.MAX_FIELD)
                    String field,
            @Schema(example = "modulus-11", maxLength = Problem.MAX_WORDS) String rule,
            @Schema(
                            example = "nhsNumber fails the modulus-11 check: its last digit does not match.",
                            maxLength = Problem.MAX_DETAIL)
                    String message) {

        public FieldError {
            field = Text.atMost(field, MAX_FIELD);
            rule = Text.atMost(rule, MAX_WORDS);
            message = Text.atMost(message, MAX_DETAIL);
        }
    }
}
