package org.cradle.domain.access;

import java.util.stream.Collectors;

/** The one place that decides whether an actor may use a capability. */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static void require(Actor actor, Capability capability) {
        if (!actor.hasAnyOf(capability.grantedTo())) {
            throw new AccessDeniedException("This needs one of the roles "
                    + capability.grantedTo().stream()
                            .map(Role::tokenName)
                            .sorted()
                            .collect(Collectors.joining(", "))
                    + ".");
        }
    }
}
