package org.cradle.domain.consent;

/** What produced a version of a consent. */
public enum ConsentChange {
    GIVEN,
    REFUSED,
    REVIEWED,
    WITHDRAWN
}
