package org.cradle.domain.access;

import org.cradle.domain.DomainException;

/** The actor is known, but may not do this. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super("access-denied", message);
    }
}
