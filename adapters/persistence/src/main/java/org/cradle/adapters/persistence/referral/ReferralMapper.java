package org.cradle.adapters.persistence.referral;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralStatus;

/** Translates between a referral and its row. */
final class ReferralMapper {

    private ReferralMapper() {}

    static Referral toDomain(ReferralEntity entity) {
        return Referral.reconstitute(
                new ReferralId(entity.id),
                new FamilyId(entity.familyId),
                new OrganisationId(entity.fromOrganisation),
                new OrganisationId(entity.toOrganisation),
                Purpose.valueOf(entity.purpose),
                Arrays.stream(entity.people).map(PersonId::new).toList(),
                Arrays.stream(entity.categories)
                        .map(InformationCategory::valueOf)
                        .collect(Collectors.toSet()),
                entity.note,
                entity.requestId == null ? null : new ReferralRequestId(entity.requestId),
                entity.madeBy,
                entity.madeAt,
                ReferralStatus.valueOf(entity.status),
                entity.answeredBy,
                entity.answeredAt,
                entity.declineReason,
                entity.version);
    }

    /** Copies the referral onto the row: all of it for a new row, the answer for a stored one. */
    static ReferralEntity copy(Referral referral, ReferralEntity entity) {
        entity.id = referral.id().value();
        entity.familyId = referral.family().value();
        entity.fromOrganisation = referral.from().value();
        entity.toOrganisation = referral.to().value();
        entity.purpose = referral.purpose().name();
        entity.people = referral.people().stream().map(PersonId::value).toArray(java.util.UUID[]::new);
        entity.categories =
                referral.categories().stream().sorted().map(Enum::name).toArray(String[]::new);
        entity.note = referral.note().orElse(null);
        entity.requestId = referral.answering().map(ReferralRequestId::value).orElse(null);
        entity.madeBy = referral.madeBy();
        entity.madeAt = referral.madeAt();
        entity.status = referral.status().name();
        entity.answeredBy = referral.answeredBy().orElse(null);
        entity.answeredAt = referral.answeredAt().orElse(null);
        entity.declineReason = referral.declineReason().orElse(null);
        entity.version = referral.version();
        return entity;
    }
}
