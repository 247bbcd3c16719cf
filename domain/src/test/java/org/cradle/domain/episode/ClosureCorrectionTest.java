package org.cradle.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.episode.AllegationOutcome.Finding;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * A close recorded wrongly is corrected after the fact, never rewritten silently: the day the work really
 * stopped (in the past on purpose), or an allegation's real outcome, with what it replaced, who and why.
 */
class ClosureCorrectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant CLOSED_AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate OPENED = LocalDate.of(2024, 3, 10);
    private static final LocalDate RECORDED_CLOSE = LocalDate.of(2026, 11, 30);
    private static final LocalDate REAL_CLOSE = LocalDate.of(2024, 11, 20);

    private static Episode closed(ServiceType type, AllegationOutcome outcome) {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                type,
                new OrganisationId("north-trust"),
                new PractitionerRef("j.mensah"),
                OPENED,
                TODAY,
                CLOSED_AT);
        episode.close(0, RECORDED_CLOSE, "Closed", outcome, TODAY);
        return Episode.reconstitute(
                episode.id(),
                episode.family(),
                type,
                episode.organisation(),
                episode.leadPractitioner(),
                episode.periods(),
                episode.corrections(),
                episode.createdAt(),
                1);
    }

    private static AllegationOutcome found(Finding finding, String by) {
        return new AllegationOutcome.Statement(finding, "Designated officer", "As the meeting found.")
                .recordedBy(by, CLOSED_AT);
    }

    @Test
    void the_day_the_work_really_stopped_is_corrected_in_the_past_and_the_correction_kept_with_what_it_replaced() {
        Episode episode = closed(ServiceType.HEALTH_VISITING, null);

        ClosureCorrection correction = episode.correctClosure(
                1,
                REAL_CLOSE,
                null,
                "The child died on 20 November 2024; the close was recorded late.",
                "j.mensah",
                NOW,
                TODAY);

        assertThat(episode.closedOn()).contains(REAL_CLOSE);
        assertThat(episode.periods().get(0).closeReason()).isEqualTo("Closed");
        assertThat(episode.corrections()).containsExactly(correction);
        assertThat(correction.period()).isZero();
        assertThat(correction.closedOnBefore()).isEqualTo(RECORDED_CLOSE);
        assertThat(correction.closedOn()).isEqualTo(REAL_CLOSE);
        assertThat(correction.correctsOutcome()).isFalse();
        assertThat(correction.correctedBy()).isEqualTo("j.mensah");
        assertThat(correction.correctedAt()).isEqualTo(NOW);
        assertThat(correction.reason()).startsWith("The child died");
    }

    @Test
    void an_allegations_outcome_is_corrected_and_the_one_it_replaced_is_kept() {
        AllegationOutcome first = found(Finding.UNSUBSTANTIATED, "j.mensah");
        Episode allegation = closed(ServiceType.ALLEGATION, first);
        AllegationOutcome malicious = found(Finding.MALICIOUS, "s.lead");

        ClosureCorrection correction =
                allegation.correctClosure(1, null, malicious, "Found malicious on review.", "s.lead", NOW, TODAY);

        assertThat(allegation.outcome()).contains(malicious);
        assertThat(allegation.closedOn()).contains(RECORDED_CLOSE);
        assertThat(correction.outcomeBefore()).isEqualTo(first);
        assertThat(correction.outcome()).isEqualTo(malicious);
        assertThat(correction.closedOnBefore()).isEqualTo(correction.closedOn());
    }

    @Test
    void a_correction_says_something_new_with_a_reason_about_a_recorded_close() {
        Episode episode = closed(ServiceType.ALLEGATION, found(Finding.FALSE, "j.mensah"));

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> episode.correctClosure(1, RECORDED_CLOSE, null, "Same.", "j.mensah", NOW, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("nothing-corrected"));
        assertThatExceptionOfType(RuleViolationException.class)
                .as("the same finding, recorded by someone else, says the same")
                .isThrownBy(() ->
                        episode.correctClosure(1, null, found(Finding.FALSE, "s.lead"), "Same.", "s.lead", NOW, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("nothing-corrected"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.correctClosure(1, REAL_CLOSE, null, " ", "j.mensah", NOW, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reason", "required");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.correctClosure(1, null, null, "Nothing.", "j.mensah", NOW, TODAY))
                .extracting(InvalidValueException::field)
                .isEqualTo("closedOn");
        assertThat(episode.corrections()).isEmpty();
    }

    @Test
    void a_corrected_close_is_not_in_the_future_nor_before_the_work_opened() {
        Episode episode = closed(ServiceType.HEALTH_VISITING, null);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> episode.correctClosure(1, TODAY.plusDays(1), null, "Later.", "j.mensah", NOW, TODAY))
                .extracting(InvalidValueException::rule)
                .isEqualTo("not-in-future");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(
                        () -> episode.correctClosure(1, OPENED.minusDays(1), null, "Earlier.", "j.mensah", NOW, TODAY))
                .extracting(InvalidValueException::rule)
                .isEqualTo("not-before-opened-on");
        assertThat(episode.closedOn()).contains(RECORDED_CLOSE);
        assertThat(episode.corrections()).isEmpty();
    }

    @Test
    void only_a_recorded_close_is_corrected_from_the_version_read_and_an_outcome_only_for_an_allegation() {
        Episode open = Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                ServiceType.EARLY_HELP,
                new OrganisationId("north-council"),
                new PractitionerRef("j.mensah"),
                OPENED,
                TODAY,
                NOW);
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> open.correctClosure(0, REAL_CLOSE, null, "Why.", "j.mensah", NOW, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("episode-not-closed"));

        Episode earlyHelp = closed(ServiceType.EARLY_HELP, null);
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> earlyHelp.correctClosure(0, REAL_CLOSE, null, "Why.", "j.mensah", NOW, TODAY));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> earlyHelp.correctClosure(
                        1, null, found(Finding.MALICIOUS, "j.mensah"), "Why.", "j.mensah", NOW, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("not-an-allegation"));
    }
}
