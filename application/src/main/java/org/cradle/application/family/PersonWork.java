package org.cradle.application.family;

import java.util.Optional;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * How an organisation stands with the families a person belongs to: what an access check on a
 * person's records needs, read in one statement rather than person, families and episodes in turn.
 */
public interface PersonWork {

    /** Empty when Cradle holds no such person. */
    Optional<WorkWithPerson> of(PersonId person, OrganisationId organisation);

    /** Whether the organisation has an open episode, or any episode, with one of the person's families. */
    record WorkWithPerson(boolean openEpisode, boolean anyEpisode) {}
}
