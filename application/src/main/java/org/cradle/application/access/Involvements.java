package org.cradle.application.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/**
 * Which organisations work with a family: the one that created its record, and those that accepted a
 * referral. The access policy's relationship facts are read from what this records.
 */
public interface Involvements {

    /** The organisation that created the family's record holds it, and works with the family from then. */
    void addCustodian(FamilyId family, OrganisationId organisation, Instant since);

    /**
     * An accepted referral: {@code organisation} works with the family from {@code since}, seeing of
     * {@code referredBy}'s records those about {@code people} (all of the family's, when empty) in
     * {@code categories}.
     */
    void addReferral(
            FamilyId family,
            OrganisationId organisation,
            OrganisationId referredBy,
            UUID referral,
            Set<PersonId> people,
            Set<InformationCategory> categories,
            Instant since);
}
