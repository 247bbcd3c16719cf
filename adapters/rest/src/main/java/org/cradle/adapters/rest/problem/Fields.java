package org.cradle.adapters.rest.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cradle.domain.InvalidValueException;

/**
 * Builds domain values from a request, collecting every refusal with the path of the field that
 * caused it, so that a caller gets all their mistakes in one answer.
 */
public final class Fields {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /**
     * The value the factory builds, or {@code null} if the domain refused it; {@code prefix} places
     * the domain's field name in the request (such as {@code "person."}).
     */
    public <T> T value(String prefix, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidValueException e) {
            errors.add(new Problem.FieldError(prefix + e.field(), e.rule(), e.getMessage()));
            return null;
        }
    }

    /** The value, or {@code null} with a "required" error when it is missing. */
    public <T> T required(String field, T value) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, "required", field + " is required."));
        }
        return value;
    }

    /** Records a refusal that no single domain value can express, such as "one of these two fields". */
    public void reject(String field, String rule, String message) {
        errors.add(new Problem.FieldError(field, rule, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Refuses the request if any field was refused; otherwise builds what the fields make up. */
    public <T> T build(Supplier<T> command) {
        if (hasErrors()) {
            throw new RequestValidationException(errors);
        }
        try {
            return command.get();
        } catch (InvalidValueException e) {
            errors.add(new Problem.FieldError(e.field(), e.rule(), e.getMessage()));
            throw new RequestValidationException(errors);
        }
    }

    /** A request body is required: refuses a missing one. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new RequestValidationException(
                    List.of(new Problem.FieldError("body", "required", "A JSON request body is required.")));
        }
        return body;
    }
}
