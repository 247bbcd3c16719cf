package org.cradle.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cradle.domain.consent.Consents.FAMILY;
import static org.cradle.domain.consent.Consents.MOTHER;
import static org.cradle.domain.consent.Consents.NOW;
import static org.cradle.domain.consent.Consents.PRACTITIONER;
import static org.cradle.domain.consent.Consents.TODAY;
import static org.cradle.domain.consent.Consents.given;
import static org.cradle.domain.consent.Consents.termsFrom;

import java.time.LocalDate;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    @Test
    void giving_consent_records_version_one_given_from_its_effective_date() {
        Consent consent = given(MARCH);

        ConsentVersion first = consent.current();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.change()).isEqualTo(ConsentChange.GIVEN);
        assertThat(first.effectiveFrom()).isEqualTo(MARCH);
        assertThat(first.recordedBy()).isEqualTo("j.adeyemi");
        assertThat(first.recordedFor()).isEqualTo(Consents.NORTH);
        assertThat(first.statusOn(MARCH.plusDays(1))).isEqualTo(ConsentStatus.GIVEN);
        assertThat(consent.organisation()).isEqualTo(Consents.NORTH);
    }

    @Test
    void refusing_records_version_one_refused() {
        Consent consent = Consent.record(
                ConsentId.newId(),
                FAMILY,
                MOTHER,
                MOTHER,
                Decision.REFUSED,
                termsFrom(MARCH),
                PRACTITIONER,
                TODAY,
                NOW);

        assertThat(consent.current().change()).isEqualTo(ConsentChange.REFUSED);
        assertThat(consent.current().statusOn(JUNE)).isEqualTo(ConsentStatus.REFUSED);
    }

    @Test
    void a_decision_cannot_take_effect_in_the_future() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> given(TODAY.plusDays(1)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("effectiveFrom"))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-in-future"));
    }

    @Test
    void a_review_adds_a_version_that_supersedes_the_old_from_its_effective_date() {
        Consent consent = given(MARCH);

        ConsentVersion reviewed = consent.review(1, Decision.GIVEN, termsFrom(SEPTEMBER), PRACTITIONER, TODAY, NOW);

        assertThat(reviewed.number()).isEqualTo(2);
        assertThat(reviewed.change()).isEqualTo(ConsentChange.REVIEWED);
        assertThat(consent.versions()).hasSize(2);
        assertThat(consent.versionOn(JUNE)).map(ConsentVersion::number).contains(1);
        assertThat(consent.versionOn(SEPTEMBER)).map(ConsentVersion::number).contains(2);
    }

    @Test
    void a_review_can_turn_a_refusal_into_consent_and_back() {
        Consent consent = Consent.record(
                ConsentId.newId(),
                FAMILY,
                MOTHER,
                MOTHER,
                Decision.REFUSED,
                termsFrom(MARCH),
                PRACTITIONER,
                TODAY,
                NOW);

        consent.review(1, Decision.GIVEN, termsFrom(JUNE), PRACTITIONER, TODAY, NOW);
        consent.review(2, Decision.REFUSED, termsFrom(SEPTEMBER), PRACTITIONER, TODAY, NOW);

        assertThat(consent.versionOn(MARCH).orElseThrow().statusOn(MARCH)).isEqualTo(ConsentStatus.REFUSED);
        assertThat(consent.versionOn(JUNE).orElseThrow().statusOn(JUNE)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(consent.versionOn(TODAY).orElseThrow().statusOn(TODAY)).isEqualTo(ConsentStatus.REFUSED);
    }

    @Test
    void a_review_may_not_take_effect_before_the_version_it_supersedes() {
        Consent consent = given(JUNE);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> consent.review(1, Decision.GIVEN, termsFrom(MARCH), PRACTITIONER, TODAY, NOW))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-before-current-version"));
        assertThat(consent.versions()).hasSize(1);
    }

    @Test
    void a_review_from_a_stale_version_is_refused() {
        Consent consent = given(MARCH);
        consent.review(1, Decision.GIVEN, termsFrom(JUNE), PRACTITIONER, TODAY, NOW);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> consent.review(1, Decision.GIVEN, termsFrom(SEPTEMBER), PRACTITIONER, TODAY, NOW));
    }

    @Test
    void withdrawal_adds_a_version_from_its_day_and_is_not_retroactive() {
        Consent consent = given(MARCH);

        ConsentVersion withdrawal = consent.withdraw(1, SEPTEMBER, PRACTITIONER, TODAY, NOW);

        assertThat(withdrawal.number()).isEqualTo(2);
        assertThat(withdrawal.change()).isEqualTo(ConsentChange.WITHDRAWN);
        assertThat(withdrawal.terms())
                .isEqualTo(consent.version(1).orElseThrow().terms());
        assertThat(consent.versionOn(JUNE).orElseThrow().statusOn(JUNE)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(consent.versionOn(SEPTEMBER).orElseThrow().statusOn(SEPTEMBER))
                .isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void withdrawal_takes_effect_today_when_no_day_is_given() {
        Consent consent = given(MARCH);

        assertThat(consent.withdraw(1, null, PRACTITIONER, TODAY, NOW).effectiveFrom())
                .isEqualTo(TODAY);
    }

    @Test
    void withdrawing_twice_is_refused() {
        Consent consent = given(MARCH);
        consent.withdraw(1, JUNE, PRACTITIONER, TODAY, NOW);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> consent.withdraw(2, SEPTEMBER, PRACTITIONER, TODAY, NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-withdrawn"));
        assertThat(consent.versions()).hasSize(2);
    }

    @Test
    void a_refusal_cannot_be_withdrawn() {
        Consent consent = Consent.record(
                ConsentId.newId(),
                FAMILY,
                MOTHER,
                MOTHER,
                Decision.REFUSED,
                termsFrom(MARCH),
                PRACTITIONER,
                TODAY,
                NOW);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> consent.withdraw(1, JUNE, PRACTITIONER, TODAY, NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("nothing-to-withdraw"));
    }

    @Test
    void a_withdrawn_consent_cannot_be_reviewed() {
        Consent consent = given(MARCH);
        consent.withdraw(1, JUNE, PRACTITIONER, TODAY, NOW);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> consent.review(2, Decision.GIVEN, termsFrom(SEPTEMBER), PRACTITIONER, TODAY, NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("withdrawn"));
    }

    @Test
    void a_withdrawal_can_neither_be_in_the_future_nor_before_the_current_version() {
        Consent consent = given(JUNE);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> consent.withdraw(1, TODAY.plusDays(1), PRACTITIONER, TODAY, NOW))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-in-future"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> consent.withdraw(1, MARCH, PRACTITIONER, TODAY, NOW))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-before-current-version"));
    }

    @Test
    void a_given_consent_past_its_review_date_has_expired_until_it_is_reviewed() {
        Consent consent = given(MARCH);
        LocalDate reviewBy = consent.current().terms().reviewBy();

        assertThat(consent.current().statusOn(reviewBy)).isEqualTo(ConsentStatus.GIVEN);
        assertThat(consent.current().statusOn(reviewBy.plusDays(1))).isEqualTo(ConsentStatus.EXPIRED);

        consent.review(1, Decision.GIVEN, termsFrom(reviewBy.plusDays(10)), PRACTITIONER, TODAY, NOW);
        assertThat(consent.versionOn(reviewBy.plusDays(10)).orElseThrow().statusOn(reviewBy.plusDays(10)))
                .isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void before_its_first_effective_date_a_consent_has_no_version_in_force() {
        assertThat(given(JUNE).versionOn(MARCH)).isEmpty();
    }

    @Test
    void every_version_stays_readable() {
        Consent consent = given(MARCH);
        consent.review(1, Decision.GIVEN, termsFrom(JUNE), PRACTITIONER, TODAY, NOW);
        consent.withdraw(2, SEPTEMBER, PRACTITIONER, TODAY, NOW);

        assertThat(consent.versions())
                .extracting(ConsentVersion::change)
                .containsExactly(ConsentChange.GIVEN, ConsentChange.REVIEWED, ConsentChange.WITHDRAWN);
        assertThat(consent.version(1).orElseThrow().effectiveFrom()).isEqualTo(MARCH);
    }
}
