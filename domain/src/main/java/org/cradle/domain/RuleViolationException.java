package org.cradle.domain;

/** A well-formed request that the current state of a record does not allow, such as closing a closed episode. */
public final class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String message) {
        super(code, message);
    }
}
