package org.cradle.domain.subjectaccess;

/** Where a subject-access export stands. */
public enum ExportStatus {
    /** Some item is marked for redaction and no records officer has reviewed it yet. */
    AWAITING_REDACTION_REVIEW,
    /** Every redaction is reviewed, or there were none: a records officer may release it. */
    READY,
    /** Released to the person: it says who released it and when, and never changes again. */
    RELEASED
}
