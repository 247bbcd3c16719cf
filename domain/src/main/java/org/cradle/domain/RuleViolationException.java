package org.cradle.domain;

/** A well-formed request that the current state of a record does not allow, such as closing a closed episode. */
public final class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String code, String message) {
        this(null, code, message);
    }

    /** A refusal caused by one field of the request, named by its path (such as {@code grantorId}). */
    public RuleViolationException(String field, String code, String message) {
        super(code, message);
        this.field = field;
    }

    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }
}
