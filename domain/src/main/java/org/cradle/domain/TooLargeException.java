package org.cradle.domain;

/** What is offered is larger than Cradle keeps: a video over the configured limit. Answered 413. */
public final class TooLargeException extends DomainException {

    private final String field;

    public TooLargeException(String field, String code, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
