package org.cradle.domain.sharing;

/** The questions of "When and how to share information" (seed 003, section 5), in the order asked. */
public enum FlowchartQuestion {
    /** Is there a clear and legitimate purpose for sharing? */
    PURPOSE,
    /** Does the information enable an individual to be identified? */
    IDENTIFIES,
    /** Is the information confidential? */
    CONFIDENTIAL,
    /** Does consent cover it, for every subject, purpose, recipient and category? */
    CONSENT,
    /** Is there another lawful reason to share, and is it made out? */
    LAWFUL_BASIS
}
