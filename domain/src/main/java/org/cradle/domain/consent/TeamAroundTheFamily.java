package org.cradle.domain.consent;

import java.util.Set;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Who is working with a family on a given day: the organisations of its open episodes, and their lead
 * practitioners and the named members of their teams that day.
 */
public record TeamAroundTheFamily(Set<OrganisationId> organisations, Set<String> practitioners) {

    public static final TeamAroundTheFamily NONE = new TeamAroundTheFamily(Set.of(), Set.of());

    public TeamAroundTheFamily {
        organisations = Set.copyOf(organisations);
        practitioners = Set.copyOf(practitioners);
    }

    /** An organisation of the team, or (whatever the organisation says) one of its named practitioners. */
    boolean includes(Party party) {
        return party.familyMember() == null
                && (organisations.contains(party.organisation())
                        || (party.practitioner() != null && practitioners.contains(party.practitioner())));
    }
}
