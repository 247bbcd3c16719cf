package org.cradle.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.episode.AllegationOutcome.Finding;
import org.cradle.domain.episode.AllegationOutcome.Statement;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/** An allegation's outcome, recorded on its close: the finding, who made it and why, and who recorded it. */
class AllegationOutcomeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate OPENED = LocalDate.of(2026, 2, 2);
    private static final LocalDate CONCLUDED = LocalDate.of(2026, 11, 30);

    private static Episode opened(ServiceType type) {
        return Episode.open(
                EpisodeId.newId(),
                FamilyId.newId(),
                type,
                new OrganisationId("north-council"),
                new PractitionerRef("j.mensah"),
                OPENED,
                TODAY,
                NOW);
    }

    private static AllegationOutcome found(Finding finding) {
        return new Statement(finding, "Designated officer, case conclusion meeting", "The account was disproved.")
                .recordedBy("j.mensah", NOW);
    }

    @Test
    void an_allegations_close_records_the_finding_who_made_it_why_and_who_recorded_it() {
        Episode allegation = opened(ServiceType.ALLEGATION);

        allegation.close(0, CONCLUDED, "Concluded", found(Finding.MALICIOUS), TODAY);

        assertThat(allegation.outcome()).hasValueSatisfying(outcome -> {
            assertThat(outcome.finding()).isEqualTo(Finding.MALICIOUS);
            assertThat(outcome.foundBy()).isEqualTo("Designated officer, case conclusion meeting");
            assertThat(outcome.reason()).isEqualTo("The account was disproved.");
            assertThat(outcome.recordedBy()).isEqualTo("j.mensah");
            assertThat(outcome.recordedAt()).isEqualTo(NOW);
            assertThat(outcome.malicious()).isTrue();
        });
        assertThat(allegation.periods().get(0).outcome()).isEqualTo(found(Finding.MALICIOUS));
    }

    @Test
    void only_a_malicious_finding_is_malicious() {
        for (Finding finding : Finding.values()) {
            assertThat(found(finding).malicious()).as(finding.name()).isEqualTo(finding == Finding.MALICIOUS);
        }
    }

    @Test
    void an_allegation_may_close_without_an_outcome_and_then_has_none() {
        Episode allegation = opened(ServiceType.ALLEGATION);

        allegation.close(0, CONCLUDED, null, null, TODAY);

        assertThat(allegation.outcome()).isEmpty();
    }

    @Test
    void other_work_records_no_allegation_outcome() {
        Episode earlyHelp = opened(ServiceType.EARLY_HELP);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> earlyHelp.close(0, CONCLUDED, null, found(Finding.FALSE), TODAY))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("not-an-allegation");
                    assertThat(e.field()).contains("outcome");
                });
        assertThat(earlyHelp.isOpen()).isTrue();
    }

    @Test
    void a_finding_needs_who_made_it_and_why() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Statement(null, "LADO", "Why."))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("finding", "required");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Statement(Finding.FALSE, " ", "Why."))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("foundBy", "required");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Statement(Finding.FALSE, "LADO", null))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reason", "required");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Statement(Finding.FALSE, "LADO", "x".repeat(2001)))
                .extracting(InvalidValueException::rule)
                .isEqualTo("max-length");
    }

    @Test
    void an_outcome_belongs_to_a_close() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new EpisodePeriod(OPENED, null, null, found(Finding.FALSE)));
    }
}
