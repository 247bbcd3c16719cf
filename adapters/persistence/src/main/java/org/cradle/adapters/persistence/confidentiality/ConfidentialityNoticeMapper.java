package org.cradle.adapters.persistence.confidentiality;

import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.confidentiality.NoticeMethod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Translates between a confidentiality notice and its row. */
final class ConfidentialityNoticeMapper {

    private ConfidentialityNoticeMapper() {}

    static ConfidentialityNotice toDomain(ConfidentialityNoticeEntity entity) {
        return ConfidentialityNotice.reconstitute(
                new ConfidentialityNoticeId(entity.id),
                new FamilyId(entity.familyId),
                new PersonId(entity.personId),
                entity.givenOn,
                NoticeMethod.valueOf(entity.method),
                new PractitionerRef(entity.givenBy),
                entity.revisitOn,
                new OrganisationId(entity.organisation),
                entity.recordedBy,
                entity.recordedAt);
    }

    static ConfidentialityNoticeEntity toEntity(ConfidentialityNotice notice) {
        ConfidentialityNoticeEntity entity = new ConfidentialityNoticeEntity();
        entity.id = notice.id().value();
        entity.familyId = notice.family().value();
        entity.personId = notice.person().value();
        entity.givenOn = notice.givenOn();
        entity.method = notice.method().name();
        entity.givenBy = notice.givenBy().value();
        entity.revisitOn = notice.revisitOn();
        entity.organisation = notice.organisation().value();
        entity.recordedBy = notice.recordedBy();
        entity.recordedAt = notice.recordedAt();
        return entity;
    }
}
