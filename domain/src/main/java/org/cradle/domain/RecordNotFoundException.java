package org.cradle.domain;

/** The record asked for does not exist (or the identifier could not name one). */
public final class RecordNotFoundException extends DomainException {

    private final String recordType;
    private final String id;

    public RecordNotFoundException(String recordType, Object id) {
        super("not-found", "No " + recordType + " with id " + id + ".");
        this.recordType = recordType;
        this.id = String.valueOf(id);
    }

    public String recordType() {
        return recordType;
    }

    public String id() {
        return id;
    }
}
