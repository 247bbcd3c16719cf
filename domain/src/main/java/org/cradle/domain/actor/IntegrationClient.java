package org.cradle.domain.actor;

import java.util.EnumSet;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Another system (a health system, a local-authority case system) calling with client credentials for
 * an organisation. It holds the {@link Role#INTEGRATOR} role, and may use only the capabilities it is
 * scoped to that the role also grants: scopes narrow what the role allows, never widen it.
 *
 * @param subject the client id
 * @param scopes the capabilities the identity provider scoped the client to
 */
public record IntegrationClient(String subject, OrganisationId organisation, Set<Capability> scopes) implements Actor {

    public IntegrationClient {
        subject = Text.required("subject", subject, MAX_SUBJECT_LENGTH);
        if (organisation == null) {
            throw new InvalidValueException("organisation", "required", "The actor must act for an organisation.");
        }
        scopes = scopes == null || scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.INTEGRATOR);
    }

    @Override
    public ActorKind kind() {
        return ActorKind.INTEGRATION_CLIENT;
    }

    @Override
    public boolean may(Capability capability) {
        return capability.grantedTo().contains(Role.INTEGRATOR) && scopes.contains(capability);
    }
}
