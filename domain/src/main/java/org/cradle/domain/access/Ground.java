package org.cradle.domain.access;

/** Why an access was allowed; "who saw my record" shows it for every read. */
public enum Ground {
    /** The actor's own organisation holds the record, or created the family's record. */
    OWN_ORGANISATION,
    /** A referral the actor's organisation accepted covers the people and the category. */
    REFERRAL,
    /** The person's consent in force covers the category for the actor, whoever holds the record. */
    CONSENT,
    /** A recorded decision to share with the actor's organisation (ADR 15). */
    SHARING_DECISION,
    /** Urgent access outside the actor's scope, for a stated reason: flagged and reviewed. */
    BREAK_GLASS,
    /** The actor's role gives it, and no family record is involved (the directory, the audit trail). */
    ROLE
}
