package org.cradle.domain.sharing;

/** Where the flowchart ends. */
public enum SharingOutcome {
    /** Share: the information does not identify anyone, is not confidential, or consent covers it. */
    SHARE,
    /** Share without consent, on a lawful basis, with its rationale, proportionality and a competent decider. */
    SHARE_WITHOUT_CONSENT,
    /** Do not share. */
    DO_NOT_SHARE;

    public boolean shares() {
        return this != DO_NOT_SHARE;
    }
}
