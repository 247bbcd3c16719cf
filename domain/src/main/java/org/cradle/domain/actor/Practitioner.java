package org.cradle.domain.actor;

import java.util.EnumSet;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.organisation.OrganisationId;

/** A person acting for an organisation: the subject of a verified token, with their Cradle roles. */
public record Practitioner(String subject, OrganisationId organisation, Set<Role> roles) implements Actor {

    public Practitioner {
        subject = Text.required("subject", subject, MAX_SUBJECT_LENGTH);
        if (organisation == null) {
            throw new InvalidValueException("organisation", "required", "The actor must act for an organisation.");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    @Override
    public ActorKind kind() {
        return ActorKind.PRACTITIONER;
    }

    @Override
    public boolean may(Capability capability) {
        return hasAnyOf(capability.grantedTo());
    }
}
