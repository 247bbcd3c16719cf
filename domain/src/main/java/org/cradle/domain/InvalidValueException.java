package org.cradle.domain;

/** A value that can never be valid, whatever the state of the system: a malformed NHS number, a blank name. */
public final class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String rule, String message) {
        super(rule, message);
        this.field = field;
    }

    /** The name of the offending value in the domain's words, which the REST contract uses too. */
    public String field() {
        return field;
    }

    /** The rule the value broke, such as {@code modulus-11} or {@code max-length}. */
    public String rule() {
        return code();
    }
}
