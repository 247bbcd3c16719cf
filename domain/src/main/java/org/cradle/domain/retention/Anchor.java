package org.cradle.domain.retention;

/**
 * A date a retention formula counts from. The schedule's notation ({@code DOB}, {@code END}, {@code DOD})
 * and the few the less common rules need.
 */
public enum Anchor {
    /** The date of birth of the person the rule is applied for. */
    DOB,
    /** The day the record stopped being operational: the episode's latest close. */
    END,
    /** The date of death of the person the rule is applied for. */
    DOD,
    /** The day a recording was summarised into the record it belongs to. */
    SUMMARISED,
    /** The day of the court order (an adoption order). */
    ORDER,
    /** The day an allegation was concluded. */
    CONCLUDED,
    /** The review date of the record a recording belongs to. */
    HOST
}
