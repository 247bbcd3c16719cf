package org.cradle.domain.referral;

/** Where a request for a referral stands. */
public enum ReferralRequestStatus {
    /** Asked, and not yet answered by the organisation holding the person's record. */
    OPEN,
    /** The holding organisation made a referral to the asking one, which answers it. */
    ANSWERED,
    /** The holding organisation refused, and said why. */
    REFUSED
}
