package org.cradle.domain.consent;

/** Why information would be shared. */
public enum Purpose {
    /** To support the family: the team around the family working together. */
    DIRECT_SUPPORT,
    /** To refer a concern about a child's or adult's safety to the services that act on it. */
    SAFEGUARDING_REFERRAL,
    /** For practitioners' training and supervision (case discussion, session videos). */
    TRAINING_AND_SUPERVISION,
    /** For research, such as service evaluation studies. */
    RESEARCH,
    /** To record sessions on video (video interaction guidance, feedback): asked before any recording. */
    VIDEO_RECORDING,
    /** For a supervisor to view a session's recording with the practitioner. */
    VIDEO_SUPERVISION,
    /** For a session's recording to be shown in practitioners' training. */
    VIDEO_TRAINING
}
