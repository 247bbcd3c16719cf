package org.cradle.adapters.persistence.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cradle.domain.confidentiality.ConfidentialityNotice;
import org.cradle.domain.confidentiality.ConfidentialityNoticeId;
import org.cradle.domain.confidentiality.NoticeMethod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class ConfidentialityNoticeMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void a_notice_survives_the_round_trip() {
        PersonId mother = PersonId.newId();
        Family family = Family.reconstitute(
                FamilyId.newId(),
                new FamilyName("Round trip household"),
                RecordKeepingMode.PARENT,
                List.of(new Membership(mother, FamilyRole.MOTHER, true, true, AT)),
                AT,
                1);
        ConfidentialityNotice notice = ConfidentialityNotice.record(
                ConfidentialityNoticeId.newId(),
                family,
                mother,
                LocalDate.of(2026, 11, 2),
                NoticeMethod.VERBAL,
                new PractitionerRef("j.mensah"),
                LocalDate.of(2027, 5, 2),
                new OrganisationId("north-council"),
                "a.recorder",
                TODAY,
                AT);

        ConfidentialityNoticeEntity row = ConfidentialityNoticeMapper.toEntity(notice);

        assertThat(row.method).isEqualTo("VERBAL");
        assertThat(row.givenBy).isEqualTo("j.mensah");
        assertThat(ConfidentialityNoticeMapper.toDomain(row))
                .usingRecursiveComparison()
                .isEqualTo(notice);
    }
}
