package org.cradle.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
import org.cradle.domain.ConflictException;
import org.cradle.domain.DomainException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.AccessDeniedException;
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

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return invalid(
                uri,
                List.of(new Problem.FieldError(
                        path(e), "unknown-field", "This field is not part of the request; check its spelling.")));
    }

    @ServerExceptionMapper
    public Response badFormat(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "Must be one of "
                        + Arrays.stream(target.getEnumConstants())
                                .map(String::valueOf)
                                .collect(Collectors.joining(", "))
                        + "."
                : "Not a valid " + readable(target) + ".";
        return invalid(uri, List.of(new Problem.FieldError(path(e), "format", message)));
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        String field = path(e);
        return field.isEmpty()
                ? malformed(uri)
                : invalid(uri, List.of(new Problem.FieldError(field, "format", "Not a valid value for this field.")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return malformed(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports unparseable bodies as a 400 whose cause says what was wrong.
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unknownField(cause, uri);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return badFormat(cause, uri);
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            return unmappable(cause, uri);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return malformed(uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail =
                switch (status) {
                    case 404 -> "There is nothing at this path.";
                    case 405 -> "This path does not accept that method.";
                    case 406 -> "This API answers in application/json.";
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
        return uri == null ? null : uri.getRequestUri().getRawPath();
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

    private static String readable(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant" -> "timestamp (ISO 8601)";
            case "UUID" -> "identifier (UUID)";
            case "Long", "long", "Integer", "int" -> "whole number";
            case "Boolean", "boolean" -> "boolean (true or false)";
            default -> "value";
        };
    }
}
