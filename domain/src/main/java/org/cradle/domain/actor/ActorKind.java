package org.cradle.domain.actor;

/** The three kinds of actor; the audit trail names which one acted. */
public enum ActorKind {
    /** A person signed in through the identity provider, acting for an organisation in some roles. */
    PRACTITIONER,
    /** Another system calling with client credentials, limited to the operations it is scoped to. */
    INTEGRATION_CLIENT,
    /** Cradle itself: a scheduled job such as the retention sweeper. */
    SYSTEM_PROCESS
}
