package org.cradle.domain;

/**
 * The caller changed a record from an out-of-date copy. Optimistic locking: two practitioners editing
 * the same family must not silently overwrite each other's work.
 */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String recordType, Object id, long expected, long actual) {
        super(
                "stale-version",
                "The " + recordType + " " + id + " is at version " + actual + ", not " + expected
                        + ": it was changed since you read it. Read it again and re-apply your change.");
    }

    public StaleVersionException(String recordType, Object id) {
        super(
                "stale-version",
                "The " + recordType + " " + id + " was changed by someone else at the same time."
                        + " Read it again and re-apply your change.");
    }
}
