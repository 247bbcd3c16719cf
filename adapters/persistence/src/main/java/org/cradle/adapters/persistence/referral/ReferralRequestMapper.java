package org.cradle.adapters.persistence.referral;

import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;

/** Translates between a request for a referral and its row. */
final class ReferralRequestMapper {

    private ReferralRequestMapper() {}

    static ReferralRequest toDomain(ReferralRequestEntity entity) {
        return ReferralRequest.reconstitute(
                new ReferralRequestId(entity.id),
                new OrganisationId(entity.asker),
                new NhsNumber(entity.nhsNumber),
                new PersonId(entity.personId),
                new OrganisationId(entity.holder),
                Purpose.valueOf(entity.purpose),
                entity.note,
                entity.askedBy,
                entity.askedAt,
                ReferralRequestStatus.valueOf(entity.status),
                entity.referralId == null ? null : new ReferralId(entity.referralId),
                entity.refusalReason,
                entity.answeredBy,
                entity.answeredAt,
                entity.version);
    }

    static ReferralRequestEntity copy(ReferralRequest request, ReferralRequestEntity entity) {
        entity.id = request.id().value();
        entity.asker = request.asker().value();
        entity.nhsNumber = request.nhsNumber().value();
        entity.personId = request.person().value();
        entity.holder = request.holder().value();
        entity.purpose = request.purpose().name();
        entity.note = request.note().orElse(null);
        entity.askedBy = request.askedBy();
        entity.askedAt = request.askedAt();
        entity.status = request.status().name();
        entity.referralId = request.referral().map(ReferralId::value).orElse(null);
        entity.refusalReason = request.refusalReason().orElse(null);
        entity.answeredBy = request.answeredBy().orElse(null);
        entity.answeredAt = request.answeredAt().orElse(null);
        entity.version = request.version();
        return entity;
    }
}
