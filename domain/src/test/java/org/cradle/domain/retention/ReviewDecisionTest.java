package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.ReviewDecision.Kind;
import org.junit.jupiter.api.Test;

/** A records officer's decision on a due record, and the second officer's approval of a destruction. */
class ReviewDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static ReviewDecision decide(Kind kind, LocalDate until, boolean secondApproval) {
        return ReviewDecision.decide(
                RecordType.EPISODE,
                UUID.randomUUID(),
                new OrganisationId("north-council"),
                kind,
                until,
                "Nothing pending.",
                "r.officer",
                NOW,
                TODAY,
                secondApproval);
    }

    @Test
    void an_extension_or_a_keep_names_a_new_date_after_today_and_a_destruction_none() {
        assertThat(decide(Kind.EXTEND, LocalDate.of(2030, 1, 1), false).until()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThatThrownBy(() -> decide(Kind.KEEP, TODAY, false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> decide(Kind.EXTEND, null, false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> decide(Kind.DESTROY, LocalDate.of(2030, 1, 1), false))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_destruction_goes_ahead_at_once_unless_the_organisation_requires_a_second_officer() {
        assertThat(decide(Kind.DESTROY, null, false).destructionApproved()).isTrue();
        ReviewDecision waiting = decide(Kind.DESTROY, null, true);
        assertThat(waiting.destructionApproved()).isFalse();

        assertThat(waiting.approved("s.officer", NOW).destructionApproved()).isTrue();
    }

    @Test
    void the_second_officer_is_never_the_first_and_approves_once() {
        ReviewDecision waiting = decide(Kind.DESTROY, null, true);
        assertThatThrownBy(() -> waiting.approved("r.officer", NOW))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("same-officer");
        ReviewDecision approved = waiting.approved("s.officer", NOW);
        assertThatThrownBy(() -> approved.approved("t.officer", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        decide(Kind.EXTEND, LocalDate.of(2030, 1, 1), true).approved("s.officer", NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void an_extension_lengthens_the_rules_date_and_never_shortens_it() {
        RetentionDate dated = new RetentionDate(
                RetentionDate.Status.DATED,
                java.util.Optional.of(LocalDate.of(2025, 1, 1)),
                EndAction.REVIEW,
                false,
                java.util.List.of(),
                "by the rules");
        assertThat(dated.extendedTo(LocalDate.of(2030, 1, 1), "open complaint").reviewOn())
                .contains(LocalDate.of(2030, 1, 1));
        assertThat(dated.extendedTo(LocalDate.of(2024, 1, 1), "earlier").reviewOn())
                .contains(LocalDate.of(2025, 1, 1));
    }
}
