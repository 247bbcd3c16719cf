package org.cradle.domain.retention;

/** How sure the schedule is of a rule, as its source file marks it (C, S, U). */
public enum Confidence {
    /** Read in the primary text. */
    CONFIRMED,
    /** From a secondary source quoting it, or a local authority's own schedule. */
    SECONDARY,
    /** Not confirmed: shipped, marked, and for a records officer to change. */
    UNCONFIRMED
}
