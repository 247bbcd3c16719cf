package org.cradle.application.organisation;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;

/** The directory of organisations Cradle knows. */
public interface Organisations {

    Optional<Organisation> find(OrganisationId id);

    /** Adds the organisation, or replaces what is known of it. */
    void save(Organisation organisation);

    /** Of {@code ids}, those the directory does not know. */
    Set<OrganisationId> unknownAmong(Collection<OrganisationId> ids);

    /** Whether the directory knows the organisation. */
    default boolean knows(OrganisationId id) {
        return unknownAmong(Set.of(id)).isEmpty();
    }

    /** All organisations, by code. */
    Page<Organisation> list(PageRequest page);
}
