package org.cradle.domain.consent;

/** What the person decided. */
public enum Decision {
    GIVEN,
    REFUSED
}
