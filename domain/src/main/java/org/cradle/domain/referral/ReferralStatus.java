package org.cradle.domain.referral;

/** Where a referral stands: waiting for the receiving organisation, or answered by it. */
public enum ReferralStatus {
    /** Made, and not yet answered: the receiving organisation sees only the referral itself. */
    PENDING,
    /** The receiving organisation took the family on: it works with the family from then. */
    ACCEPTED,
    /** The receiving organisation did not take the family on, and said why. */
    DECLINED
}
