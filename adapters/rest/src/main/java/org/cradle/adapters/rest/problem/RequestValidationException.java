package org.cradle.adapters.rest.problem;

import java.util.List;

/** Every field of a request that broke a rule, collected so the caller can fix them all at once. */
public final class RequestValidationException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public RequestValidationException(List<Problem.FieldError> errors) {
        super("invalid request", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
