package org.cradle.domain.access;

import java.util.EnumSet;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;

/**
 * Who is acting: the subject of a verified token, the organisation they act for and their Cradle
 * roles. Every use case receives one, so that access rules and the audit trail have a single source.
 */
public record Actor(String subject, OrganisationId organisation, Set<Role> roles) {

    public Actor {
        subject = Text.required("subject", subject, 255);
        if (organisation == null) {
            throw new InvalidValueException("organisation", "required", "The actor must act for an organisation.");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasAnyOf(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
