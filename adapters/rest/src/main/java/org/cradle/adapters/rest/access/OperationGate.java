package org.cradle.adapters.rest.access;

import jakarta.inject.Provider;
import jakarta.ws.rs.container.ResourceInfo;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authorisation before validation: checks the caller's roles against the operation's {@link Requires}
 * once the request is matched and the token verified, and before the body or parameters are read.
 * Resolving the actor also refuses a token without an organisation. Use cases still apply the finer
 * rules (the caller's relationship with the family); this gate only answers "could these roles ever
 * use this operation". A refusal here is recorded as {@code ACCESS_DENIED} like any other.
 */
public class OperationGate {

    private final Provider<Actor> actor;
    private final Access access;

    public OperationGate(Provider<Actor> actor, Access access) {
        this.actor = actor;
        this.access = access;
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource) {
        Requires requires = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires == null) {
            return;
        }
        Actor caller = actor.get();
        for (Capability capability : requires.value()) {
            access.require(caller, capability);
        }
    }
}
