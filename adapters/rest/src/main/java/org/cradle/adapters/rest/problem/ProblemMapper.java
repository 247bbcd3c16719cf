package org.cradle.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cradle.adapters.rest.RequestLog;
import org.cradle.adapters.rest.json.RefusedJsonValue;
import org.cradle.adapters.rest.ratelimit.RateLimitHeaders;
import org.cradle.adapters.rest.video.TusHeaders;
import org.cradle.application.video.BlobStore;
import org.cradle.application.video.RangeRequest;
import org.cradle.domain.ConflictException;
import org.cradle.domain.DomainException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.TooLargeException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.ratelimit.RateLimitExceededException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where errors become HTTP answers: RFC 9457 problem details, with no class names,
 * stack traces or SQL. Each domain exception type has one status.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response validation(RequestValidationException e, UriInfo uri) {
        return invalid(uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return invalid(uri, List.of(new Problem.FieldError(e.field(), e.rule(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(RecordNotFoundException e, UriInfo uri) {
        return problem(uri, 404, "not-found", "Not found", e.getMessage(), e.code());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(uri, 409, "conflict", "Conflicts with what is recorded", e.getMessage(), e.code());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, UriInfo uri) {
        return problem(uri, 409, "stale-version", "Changed since you read it", e.getMessage(), e.code());
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field()
                .map(field -> List.of(new Problem.FieldError(field, e.code(), e.getMessage())))
                .orElse(List.of());
        return respond(new Problem(
                "/problems/rule-violation",
                "Not allowed by the rules of the record",
                422,
                e.getMessage(),
                path(uri),
                e.code(),
                errors));
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return problem(uri, 403, "forbidden", "Forbidden", e.getMessage(), e.code());
    }

    /** The caller has reached its limit for this class of operation (ADR 24): when to try again, and the limit. */
    @ServerExceptionMapper
    public Response rateLimited(RateLimitExceededException e, UriInfo uri) {
        return RateLimitHeaders.refusal(
                problem(uri, 429, "rate-limited", "Too many requests", e.getMessage(), e.code()), e.decision());
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e, UriInfo uri) {
        return respond(new Problem(
                "/problems/too-large",
                "Too large",
                413,
                e.getMessage(),
                path(uri),
                e.code(),
                List.of(new Problem.FieldError(e.field(), e.code(), e.getMessage()))));
    }

    /** A tus request for another version of the protocol: the one Cradle speaks is named, as tus asks. */
    @ServerExceptionMapper
    public Response tusVersion(TusHeaders.TusVersionMismatch e, UriInfo uri) {
        return Response.fromResponse(
                        problem(uri, 412, "tus-version", "tus version not supported", e.getMessage(), "tus-version"))
                .header("Tus-Version", TusHeaders.VERSION)
                .build();
    }

    /** A range outside the video: Content-Range says how long it is, as RFC 9110 asks. */
    @ServerExceptionMapper
    public Response unsatisfiableRange(RangeRequest.Unsatisfiable e, UriInfo uri) {
        return Response.fromResponse(
                        problem(uri, 416, "range-not-satisfiable", "Range not satisfiable", e.getMessage(), "range"))
                .header("Content-Range", "bytes */" + e.length())
                .build();
    }

    /** The video store cannot be reached, or is busy: nothing was half-written; try again. */
    @ServerExceptionMapper
    public Response storeUnavailable(BlobStore.Unavailable e, UriInfo uri) {
        LOG.warnf("video store unavailable: %s", e.getMessage());
        return Response.fromResponse(problem(
                        uri,
                        503,
                        "store-unavailable",
                        "Video storage unavailable",
                        "Video storage is unavailable or busy; nothing of this request was half-written. Try again.",
                        "store-unavailable"))
                .header("Retry-After", "5")
                .build();
    }

    /** The video store is full. */
    @ServerExceptionMapper
    public Response storeFull(BlobStore.Full e, UriInfo uri) {
        LOG.errorf("video store full: %s", e.getMessage());
        return problem(
                uri,
                507,
                "insufficient-storage",
                "Video storage full",
                "Video storage has no space left; what this request sent beyond the last stored offset was not kept.",
                "insufficient-storage");
    }

    /** Any domain refusal without a mapping of its own: still a clear 422, never a 500. */
    @ServerExceptionMapper
    public Response otherDomainRefusal(DomainException e, UriInfo uri) {
        return problem(uri, 422, "rule-violation", "Not allowed", e.getMessage(), e.code());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(
                        uri,
                        401,
                        "unauthenticated",
                        "Authentication required",
                        "A valid bearer token from the configured OIDC provider is required: it is missing,"
                                + " expired, not signed by that provider, or issued for another issuer.",
                        "unauthenticated"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(uri, 403, "forbidden", "Forbidden", "Your roles do not allow this.", "access-denied");
    }

    /*
     * Jackson's refusals. Quarkus ships mappers of its own for some of these types (with bodies that
     * are not problem details), and the most specific mapper wins, so each type is named here.
     */

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response badFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response badDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports unparseable bodies as a 400 whose cause says what was wrong.
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json(cause, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail =
                switch (status) {
                    case 404 -> "There is nothing at this path.";
                    case 405 -> "This path does not accept that method.";
                    case 406 -> "This API answers in application/json, and its printable pages (.html) in text/html.";
                    case 415 -> "Send the request body as application/json.";
                    default -> title + ".";
                };
        return problem(uri, status, "http-" + status, title, detail, "http-" + status);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        var outage = DatabaseOutage.in(e);
        if (outage.isPresent()) {
            outage.get().log(incident);
            return outage.get()
                    .retryLater(problem(
                            uri,
                            503,
                            "unavailable",
                            DatabaseOutage.TITLE,
                            DatabaseOutage.detail(incident),
                            "unavailable"));
        }
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return problem(
                uri,
                500,
                "internal",
                "Internal error",
                "Something went wrong on our side; nothing was changed. Quote incident " + incident + " to support.",
                "internal");
    }

    /** Every refusal of the JSON reader, as a 400 naming the field and the rule where there is one. */
    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e, uri);
        }
        // A duplicate key is the parser's refusal; inside a nested object Jackson wraps it, so look
        // for it along the causes, and take the field from where the parser stood.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException parsing
                    && parsing.getProcessor() instanceof JsonParser parser
                    && parsing.getOriginalMessage() != null
                    && parsing.getOriginalMessage().startsWith("Duplicate field")) {
                return invalid(
                        uri,
                        List.of(new Problem.FieldError(
                                path(parser), "duplicate-key", "This field is given twice; give each field once.")));
            }
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            if (field.isEmpty()) {
                return invalid(
                        uri,
                        List.of(new Problem.FieldError(
                                "body", "json-object", "The request body must be a single JSON object.")));
            }
            return invalid(uri, List.of(fieldError(field, mapping)));
        }
        return malformed(uri);
    }

    private static Problem.FieldError fieldError(String field, JsonMappingException e) {
        if (e instanceof RefusedJsonValue refused) {
            return new Problem.FieldError(field, refused.rule(), refused.explanation());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem.FieldError(
                    field, "unknown-field", "This field is not part of the request; check its spelling.");
        }
        if (e instanceof InvalidNullException) {
            return new Problem.FieldError(field, "not-null", "Must not be null.");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return new Problem.FieldError(
                    field,
                    e instanceof InvalidFormatException format && format.getValue() instanceof String
                            ? "format"
                            : "type",
                    "Must be one of "
                            + Arrays.stream(target.getEnumConstants())
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", "))
                            + ", as a JSON string.");
        }
        // A value of the right JSON type in the wrong form ("personId":"nope") breaks the format; one
        // of another JSON type ("name":12345, "parentalResponsibility":1) breaks the type.
        boolean rightJsonType = e instanceof InvalidFormatException format && sameJsonType(format.getValue(), target);
        return new Problem.FieldError(field, rightJsonType ? "format" : "type", "Must be " + expected(target) + ".");
    }

    private static boolean sameJsonType(Object value, Class<?> target) {
        if (value == null || target == null) {
            return false;
        }
        boolean numeric = Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class);
        boolean bool = target == Boolean.class || target == boolean.class;
        if (value instanceof String) {
            return !numeric && !bool;
        }
        if (value instanceof Number) {
            return numeric;
        }
        return value instanceof Boolean && bool;
    }

    private static Response malformed(UriInfo uri) {
        return problem(
                uri,
                400,
                "malformed-json",
                "Malformed JSON",
                "The request body is not well-formed JSON.",
                "malformed-json");
    }

    private static Response invalid(UriInfo uri, List<Problem.FieldError> errors) {
        String detail =
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are not valid; see errors.";
        return respond(new Problem(
                "/problems/validation", "The request is not valid", 400, detail, path(uri), "validation", errors));
    }

    private static Response problem(UriInfo uri, int status, String type, String title, String detail, String code) {
        return respond(new Problem("/problems/" + type, title, status, detail, path(uri), code, List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : RequestLog.shortened(uri.getRequestUri().getRawPath());
    }

    /** The JSON path of the offending field, as the caller wrote it: {@code person.dateOfBirth}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the contract expects, in the words of JSON rather than Java. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the documented JSON type";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return switch (type.getSimpleName()) {
            case "String" -> "a JSON string";
            case "LocalDate" -> "a date written YYYY-MM-DD, as a JSON string";
            case "Instant" -> "an ISO 8601 timestamp, as a JSON string";
            case "UUID" -> "an identifier (UUID), as a JSON string";
            case "Long", "long", "Integer", "int" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.isRecord() ? "a JSON object" : "a value of the documented JSON type";
        };
    }

    /** The JSON path of the field a parser stopped at, as the caller wrote it: {@code person.givenName}. */
    private static String path(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
