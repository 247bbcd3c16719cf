package org.cradle.domain.audit;

/** What was done to a record. Reads are actions too: "who saw my record" is answered from these. */
public enum AuditAction {
    FAMILY_CREATED,
    FAMILY_READ,
    FAMILY_FOUND_IN_SEARCH,
    FAMILY_DETAILS_REVISED,
    MEMBER_ADDED,
    MEMBERSHIP_CHANGED,
    PERSON_REGISTERED,
    PERSON_READ,
    PERSON_DETAILS_CORRECTED,
    EPISODE_OPENED,
    EPISODE_READ,
    EPISODE_CLOSED,
    EPISODE_REOPENED
}
