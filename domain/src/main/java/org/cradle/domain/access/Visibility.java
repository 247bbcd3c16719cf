package org.cradle.domain.access;

import java.time.Instant;
import java.util.Objects;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Which families an actor sees, for searches and lists across families filtered before paging: those
 * their organisation works with, and those they hold an unexpired break-glass grant on at {@code at}.
 */
public record Visibility(OrganisationId organisation, String subject, Instant at) {

    public Visibility {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
    }
}
