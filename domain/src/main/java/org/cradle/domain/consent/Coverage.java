package org.cradle.domain.consent;

/** The answer consent gives to a sharing question. */
public enum Coverage {
    /** A given consent, in force and not past its review date, covers it. */
    COVERED,
    /** The person refused it, or excluded the recipient. */
    REFUSED,
    /** A consent that covered it was withdrawn. */
    WITHDRAWN,
    /** A consent that covered it is past its review date without a review. */
    EXPIRED,
    /** No consent of the person speaks to it. */
    NOT_ASKED
}
