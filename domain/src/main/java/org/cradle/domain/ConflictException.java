package org.cradle.domain;

/** The request contradicts what is already recorded: a person added twice, an NHS number already held. */
public final class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
