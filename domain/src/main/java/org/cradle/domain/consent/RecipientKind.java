package org.cradle.domain.consent;

/** The kinds of party a consent can name as recipient. */
public enum RecipientKind {
    /** An organisation, by its code (an ODS code or a local-authority code). */
    ORGANISATION,
    /** Anyone holding a Cradle role, such as safeguarding leads. */
    ROLE,
    /** Whoever is working with the family at the time: the organisations and lead practitioners of its open episodes. */
    TEAM_AROUND_THE_FAMILY,
    /** A named practitioner, by their identity-provider subject, in an organisation. */
    PRACTITIONER,
    /** A member of the family, such as a partner. */
    FAMILY_MEMBER
}
