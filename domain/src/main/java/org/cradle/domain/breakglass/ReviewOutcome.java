package org.cradle.domain.breakglass;

/** What the reviewer found of a break-glass access. */
public enum ReviewOutcome {
    /** The urgency and the reason justified seeing the family outside the practitioner's scope. */
    APPROPRIATE,
    /** It did not: the organisation follows it up with the practitioner, as its policy says. */
    INAPPROPRIATE
}
