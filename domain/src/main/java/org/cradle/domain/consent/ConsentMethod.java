package org.cradle.domain.consent;

/** How a decision was obtained. */
public enum ConsentMethod {
    EXPLICIT_WRITTEN(true),
    EXPLICIT_VERBAL(true),
    /** Reasonably inferred, such as agreeing to a referral; never enough for sensitive information. */
    IMPLIED(false);

    private final boolean explicit;

    ConsentMethod(boolean explicit) {
        this.explicit = explicit;
    }

    public boolean isExplicit() {
        return explicit;
    }
}
