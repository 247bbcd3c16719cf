package org.cradle.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class ReferralRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-21T10:15:30Z");
    private static final Instant LATER = Instant.parse("2026-11-22T08:00:00Z");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId EAST = new OrganisationId("east-council");
    private static final PersonId MOTHER = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));

    private static ReferralRequest open() {
        return ReferralRequest.ask(
                ReferralRequestId.newId(),
                SOUTH,
                new NhsNumber("943 476 5919"),
                MOTHER,
                NORTH,
                Purpose.DIRECT_SUPPORT,
                "Seen at our drop-in; asks for a health visitor.",
                "k.osei",
                ASKED);
    }

    @Test
    void a_request_is_open_until_the_holder_answers_it() {
        ReferralRequest request = open();

        assertThat(request.status()).isEqualTo(ReferralRequestStatus.OPEN);
        assertThat(request.asker()).isEqualTo(SOUTH);
        assertThat(request.holder()).isEqualTo(NORTH);
        assertThat(request.nhsNumber().value()).isEqualTo("9434765919");
        assertThat(request.referral()).isEmpty();
    }

    @Test
    void the_holder_answers_with_the_referral_it_made() {
        ReferralRequest request = open();
        ReferralId made = ReferralId.newId();

        request.answer(NORTH, "j.mensah", made, LATER);

        assertThat(request.status()).isEqualTo(ReferralRequestStatus.ANSWERED);
        assertThat(request.referral()).contains(made);
        assertThat(request.answeredBy()).contains("j.mensah");
        assertThat(request.answeredAt()).contains(LATER);
    }

    @Test
    void the_holder_refuses_with_a_reason() {
        ReferralRequest request = open();

        request.refuse(NORTH, "j.mensah", "The family does not agree to it.", LATER);

        assertThat(request.status()).isEqualTo(ReferralRequestStatus.REFUSED);
        assertThat(request.refusalReason()).contains("The family does not agree to it.");
        assertThat(request.referral()).isEmpty();
    }

    @Test
    void a_refusal_without_a_reason_is_refused() {
        ReferralRequest request = open();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> request.refuse(NORTH, "j.mensah", null, LATER))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void only_the_organisation_asked_answers_or_refuses() {
        ReferralRequest request = open();

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> request.answer(SOUTH, "k.osei", ReferralId.newId(), LATER));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> request.refuse(EAST, "e.user", "No", LATER));
        assertThat(request.status()).isEqualTo(ReferralRequestStatus.OPEN);
    }

    @Test
    void a_request_is_answered_once() {
        ReferralRequest request = open();
        request.refuse(NORTH, "j.mensah", "Not now", LATER);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> request.answer(NORTH, "j.mensah", ReferralId.newId(), LATER))
                .satisfies(e -> assertThat(e.code()).isEqualTo("referral-request-not-open"));
    }

    @Test
    void only_the_asker_and_the_holder_may_see_it() {
        ReferralRequest request = open();

        assertThat(request.isBetween(SOUTH)).isTrue();
        assertThat(request.isBetween(NORTH)).isTrue();
        assertThat(request.isBetween(EAST)).isFalse();
    }

    @Test
    void a_request_needs_a_purpose() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReferralRequest.ask(
                        ReferralRequestId.newId(),
                        SOUTH,
                        new NhsNumber("9434765919"),
                        MOTHER,
                        NORTH,
                        null,
                        null,
                        "k.osei",
                        ASKED))
                .satisfies(e -> assertThat(e.field()).isEqualTo("purpose"));
    }
}
