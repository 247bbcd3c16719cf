package org.cradle.domain.consent;

/** Where the notes of the work are kept, as agreed with the family (the "who is the client" question). */
public enum NotesKeptIn {
    INFANT_RECORD,
    PARENT_RECORD,
    LINKED_RECORDS
}
