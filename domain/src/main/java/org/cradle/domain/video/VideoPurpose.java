package org.cradle.domain.video;

/** What a session was recorded for, as the practitioner records it with the upload. */
public enum VideoPurpose {
    /** Video interaction guidance: moments of the session reviewed with the parent. */
    INTERACTION_GUIDANCE,
    /** Video feedback to the parent of their interaction with the infant. */
    VIDEO_FEEDBACK,
    /** An assessment of the parent–infant relationship. */
    ASSESSMENT,
    /** To be viewed with a supervisor. */
    SUPERVISION,
    /** To be shown in practitioners' training. */
    TRAINING
}
