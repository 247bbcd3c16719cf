package org.cradle.contracts.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Involvements;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Which organisations work with which families, in memory: what {@link InMemoryRelationships} reads. */
public final class InMemoryInvolvements implements Involvements {

    /**
     * One involvement: a custodian's (no referrer), or an accepted referral's.
     *
     * @param people whom the referral names; empty: all of the family
     */
    public record Involvement(
            FamilyId family,
            OrganisationId organisation,
            OrganisationId referredBy,
            UUID referral,
            Set<PersonId> people,
            Set<InformationCategory> categories,
            Instant since) {

        public boolean custodian() {
            return referredBy == null;
        }
    }

    private final List<Involvement> involvements = new ArrayList<>();

    @Override
    public void addCustodian(FamilyId family, OrganisationId organisation, Instant since) {
        involvements.add(new Involvement(
                family, organisation, null, null, Set.of(), Set.of(InformationCategory.values()), since));
    }

    @Override
    public void addReferral(
            FamilyId family,
            OrganisationId organisation,
            OrganisationId referredBy,
            UUID referral,
            Set<PersonId> people,
            Set<InformationCategory> categories,
            Instant since) {
        involvements.add(new Involvement(
                family, organisation, referredBy, referral, Set.copyOf(people), Set.copyOf(categories), since));
    }

    /** Everything recorded, in the order it was. */
    public List<Involvement> all() {
        return List.copyOf(involvements);
    }
}
