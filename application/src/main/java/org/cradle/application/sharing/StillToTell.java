package org.cradle.application.sharing;

import java.time.Instant;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.SharingDecisionId;

/**
 * A person a share was about who has not been told of it: why they were not told then, so that whoever
 * reviews the list can judge whether telling them is safe now.
 *
 * @param recipient the organisation the information went to, or {@code null} for a family member
 */
public record StillToTell(
        SharingDecisionId decision,
        FamilyId family,
        PersonId person,
        Instant decidedAt,
        String decidedBy,
        OrganisationId recipient,
        String notToldReason) {}
