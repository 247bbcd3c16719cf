package org.cradle.domain.actor;

import java.util.Set;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Who is acting, as use cases and the audit trail see them: a practitioner, an integration client or
 * a system process. Security stops at the inbound adapter, which turns a verified token into one of
 * these; the access policy and the audit trail read nothing else.
 */
public sealed interface Actor permits Practitioner, IntegrationClient, SystemProcess {

    /**
     * The longest subject Cradle keeps: a token's subject, a client id or a process name, and wherever
     * Cradle records who did something (recorded by, decided by, the practitioner a record names).
     */
    int MAX_SUBJECT_LENGTH = 255;

    /** Who, as the audit trail names them: a token subject, a client id or a process name. */
    String subject();

    /** The organisation the actor acts for. */
    OrganisationId organisation();

    /** The Cradle roles the actor holds; an integration client holds {@link Role#INTEGRATOR}. */
    Set<Role> roles();

    ActorKind kind();

    /** Whether the actor may use the capability at all, before any relationship to a record is asked. */
    boolean may(Capability capability);

    default boolean hasAnyOf(Set<Role> wanted) {
        return roles().stream().anyMatch(wanted::contains);
    }

    default boolean holds(Role role) {
        return roles().contains(role);
    }

    static Actor practitioner(String subject, OrganisationId organisation, Set<Role> roles) {
        return new Practitioner(subject, organisation, roles);
    }
}
