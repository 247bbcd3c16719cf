package org.cradle.application.referral;

/** Which side of referrals (or requests for one) an organisation lists. */
public enum ReferralBox {
    /** Those made (or asked) of the organisation: for it to answer. */
    INBOX,
    /** Those the organisation made (or asked). */
    OUTBOX
}
