package org.cradle.domain;

/**
 * A request the domain refuses. Each subtype carries a stable {@link #code()} that clients can rely
 * on; the inbound adapter maps each subtype to one HTTP status, in one place.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A stable, machine-readable name of the rule that was broken, such as {@code already-a-member}. */
    public String code() {
        return code;
    }
}
