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
    RESEARCH
}
