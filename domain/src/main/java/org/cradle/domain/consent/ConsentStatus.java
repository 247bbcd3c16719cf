package org.cradle.domain.consent;

/** Where a consent stands at a point in time. */
public enum ConsentStatus {
    GIVEN,
    REFUSED,
    WITHDRAWN,
    /** Given, but past its review date without a review: it no longer counts as given. */
    EXPIRED
}
