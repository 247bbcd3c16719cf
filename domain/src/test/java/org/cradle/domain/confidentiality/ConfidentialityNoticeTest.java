package org.cradle.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
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

class ConfidentialityNoticeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private static final ConfidentialityNoticeId ID =
            new ConfidentialityNoticeId(UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"));
    private static final FamilyId FAMILY_ID = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));
    private static final PersonId MOTHER = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));
    private static final PersonId INFANT = new PersonId(UUID.fromString("a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6"));
    private static final PersonId STRANGER = new PersonId(UUID.fromString("b4c6d8e0-2f3a-4b5c-9d7e-f0a1b2c3d4e5"));
    private static final OrganisationId ORGANISATION = new OrganisationId("RX1");
    private static final PractitionerRef GIVEN_BY = new PractitionerRef("j.adeyemi");

    private static final Family FAMILY = Family.reconstitute(
            FAMILY_ID,
            new FamilyName("Okafor–Bell household"),
            RecordKeepingMode.INFANT,
            List.of(
                    new Membership(MOTHER, FamilyRole.MOTHER, true, true, NOW),
                    new Membership(INFANT, FamilyRole.CHILD, true, false, NOW)),
            NOW,
            1);

    private static ConfidentialityNotice record(PersonId person, LocalDate givenOn, LocalDate revisitOn) {
        return ConfidentialityNotice.record(
                ID,
                FAMILY,
                person,
                givenOn,
                NoticeMethod.WRITTEN_AND_VERBAL,
                GIVEN_BY,
                revisitOn,
                ORGANISATION,
                "recorder",
                TODAY,
                NOW);
    }

    @Test
    void a_notice_for_an_adult_member_keeps_when_how_and_by_whom_they_were_told() {
        ConfidentialityNotice notice = record(MOTHER, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 2));

        assertThat(notice.id()).isEqualTo(ID);
        assertThat(notice.family()).isEqualTo(FAMILY_ID);
        assertThat(notice.person()).isEqualTo(MOTHER);
        assertThat(notice.givenOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(notice.method()).isEqualTo(NoticeMethod.WRITTEN_AND_VERBAL);
        assertThat(notice.givenBy()).isEqualTo(GIVEN_BY);
        assertThat(notice.revisitOn()).isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(notice.organisation()).isEqualTo(ORGANISATION);
        assertThat(notice.recordedBy()).isEqualTo("recorder");
        assertThat(notice.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void a_notice_may_be_given_today_but_not_in_the_future() {
        assertThat(record(MOTHER, TODAY, TODAY.plusMonths(6)).givenOn()).isEqualTo(TODAY);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> record(MOTHER, TODAY.plusDays(1), TODAY.plusMonths(6)))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("givenOn");
                    assertThat(e.rule()).isEqualTo("not-in-future");
                });
    }

    @Test
    void the_revisit_date_must_be_after_the_date_the_notice_was_given() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> record(MOTHER, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("revisitOn");
                    assertThat(e.rule()).isEqualTo("after-given-on");
                });
    }

    @Test
    void a_child_of_the_family_is_not_given_a_notice() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> record(INFANT, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 2)))
                .satisfies(e -> {
                    assertThat(e.field()).contains("personId");
                    assertThat(e.code()).isEqualTo("not-an-adult-member");
                });
    }

    @Test
    void someone_outside_the_family_is_not_given_a_notice_in_it() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> record(STRANGER, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 2)))
                .satisfies(e -> {
                    assertThat(e.field()).contains("personId");
                    assertThat(e.code()).isEqualTo("not-a-member");
                });
    }

    @Test
    void a_missing_method_is_named() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ConfidentialityNotice.record(
                        ID,
                        FAMILY,
                        MOTHER,
                        LocalDate.of(2026, 11, 2),
                        null,
                        GIVEN_BY,
                        LocalDate.of(2027, 5, 2),
                        ORGANISATION,
                        "recorder",
                        TODAY,
                        NOW))
                .satisfies(e -> assertThat(e.field()).isEqualTo("method"));
    }
}
