package org.cradle.domain.retention;

/** What happens when a record's date comes. */
public enum EndAction {
    /** It goes to a records officer's review queue. */
    REVIEW,
    /**
     * It may be destroyed: automatically where the organisation turned automatic destruction on for the
     * rule, else through the review queue like any other.
     */
    DESTROY
}
