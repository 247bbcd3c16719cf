package org.cradle.adapters.persistence.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Involvements;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Involvements as rows of {@code family_involvement}, written through a Panache repository it owns. */
@ApplicationScoped
public class PanacheInvolvements implements Involvements {

    private final Rows rows;

    public PanacheInvolvements(Rows rows) {
        this.rows = rows;
    }

    @Override
    public void addCustodian(FamilyId family, OrganisationId organisation, Instant since) {
        FamilyInvolvementEntity row = row(family, organisation, "CUSTODIAN", since);
        row.categories =
                Arrays.stream(InformationCategory.values()).map(Enum::name).toArray(String[]::new);
        rows.persist(row);
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
        FamilyInvolvementEntity row = row(family, organisation, "REFERRAL", since);
        row.referredBy = referredBy.value();
        row.referralId = referral;
        row.people =
                people.isEmpty() ? null : people.stream().map(PersonId::value).toArray(UUID[]::new);
        row.categories = categories.stream().map(Enum::name).sorted().toArray(String[]::new);
        rows.persist(row);
    }

    private static FamilyInvolvementEntity row(
            FamilyId family, OrganisationId organisation, String ground, Instant since) {
        FamilyInvolvementEntity row = new FamilyInvolvementEntity();
        row.id = UUID.randomUUID();
        row.familyId = family.value();
        row.organisation = organisation.value();
        row.ground = ground;
        row.since = since;
        return row;
    }

    /** The Panache repository of the rows, kept inside the adapter. */
    @ApplicationScoped
    static class Rows implements PanacheRepositoryBase<FamilyInvolvementEntity, UUID> {}
}
