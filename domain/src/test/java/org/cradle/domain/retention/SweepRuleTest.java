package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.retention.SweepCandidate.DestructionOrder;
import org.cradle.domain.retention.SweepRule.Action;
import org.junit.jupiter.api.Test;

/** What the sweeper does with a record whose date has come, read as the schedule's preamble and precedence. */
class SweepRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final DestructionOrder DECIDED =
            new DestructionOrder(UUID.randomUUID(), "r.officer", false, Optional.empty());
    private static final DestructionOrder AWAITING_APPROVAL =
            new DestructionOrder(UUID.randomUUID(), "r.officer", true, Optional.empty());
    private static final DestructionOrder APPROVED =
            new DestructionOrder(UUID.randomUUID(), "r.officer", true, Optional.of("s.officer"));

    private static SweepCandidate record(
            LocalDate reviewOn,
            EndAction endAction,
            boolean automatic,
            boolean held,
            DestructionOrder decision,
            LocalDate queuedOn) {
        KeptDate kept = new KeptDate(
                RecordType.EPISODE,
                UUID.randomUUID(),
                UUID.randomUUID(),
                reviewOn,
                new RuleId(endAction == EndAction.DESTROY ? "LA-ALLEGATION" : "LA-EARLY-HELP"),
                1,
                null,
                endAction,
                automatic,
                "Review on " + reviewOn + ".",
                Instant.parse("2026-11-30T02:00:00Z"),
                queuedOn,
                null);
        return new SweepCandidate(kept, new OrganisationId("north-council"), held, Optional.ofNullable(decision));
    }

    private static Action actionFor(SweepCandidate record) {
        return SweepRule.stepFor(record, TODAY).action();
    }

    @Test
    void a_record_whose_date_has_come_goes_to_the_review_queue_once() {
        assertThat(actionFor(record(TODAY, EndAction.REVIEW, false, false, null, null)))
                .isEqualTo(Action.QUEUE);
        assertThat(actionFor(record(TODAY, EndAction.REVIEW, false, false, null, TODAY.minusDays(7))))
                .isEqualTo(Action.AWAIT_REVIEW);
        assertThat(actionFor(record(TODAY.plusDays(1), EndAction.REVIEW, false, false, null, null)))
                .isEqualTo(Action.NOT_DUE);
    }

    @Test
    void nothing_is_destroyed_silently_a_rule_that_ends_in_destruction_waits_for_review_unless_automatic() {
        assertThat(actionFor(record(TODAY, EndAction.DESTROY, false, false, null, null)))
                .isEqualTo(Action.QUEUE);
        SweepRule.Step automatic = SweepRule.stepFor(record(TODAY, EndAction.DESTROY, true, false, null, null), TODAY);
        assertThat(automatic.action()).isEqualTo(Action.DESTROY);
        assertThat(automatic.reason()).contains("LA-ALLEGATION").contains("automatic destruction");
    }

    @Test
    void a_decided_destruction_is_carried_out_once_a_second_officer_approved_where_one_is_required() {
        assertThat(actionFor(record(TODAY, EndAction.REVIEW, false, false, DECIDED, TODAY)))
                .isEqualTo(Action.DESTROY);
        assertThat(actionFor(record(TODAY, EndAction.REVIEW, false, false, AWAITING_APPROVAL, TODAY)))
                .isEqualTo(Action.AWAIT_APPROVAL);
        SweepRule.Step approved =
                SweepRule.stepFor(record(TODAY, EndAction.REVIEW, false, false, APPROVED, TODAY), TODAY);
        assertThat(approved.action()).isEqualTo(Action.DESTROY);
        assertThat(approved.reason()).contains("r.officer").contains("approved by s.officer");
    }

    @Test
    void an_active_hold_beats_every_date_every_decision_and_automatic_destruction() {
        assertThat(actionFor(record(TODAY.minusYears(5), EndAction.DESTROY, true, true, APPROVED, TODAY)))
                .isEqualTo(Action.HELD);
        assertThat(actionFor(record(TODAY, EndAction.REVIEW, false, true, null, null)))
                .isEqualTo(Action.HELD);
    }

    @Test
    void a_destruction_certificate_cites_the_rule_the_dates_and_the_authority_and_only_a_destruction_has_one() {
        SweepCandidate record = record(TODAY, EndAction.REVIEW, false, false, APPROVED, TODAY);
        SweepRule.Step step = SweepRule.stepFor(record, TODAY);
        Instant now = Instant.parse("2026-12-01T02:00:00Z");

        DestructionCertificate certificate = DestructionCertificate.issue(
                UUID.randomUUID(), record, step, "retention-sweeper", now, TODAY.plusDays(35));

        assertThat(certificate.recordId()).isEqualTo(record.recordId());
        assertThat(certificate.rule()).isEqualTo(record.rule());
        assertThat(certificate.reviewOn()).isEqualTo(TODAY);
        assertThat(certificate.decided()).isTrue();
        assertThat(certificate.decision().flatMap(DestructionOrder::approvedBy)).contains("s.officer");
        assertThat(certificate.executedBy()).isEqualTo("retention-sweeper");
        assertThat(certificate.backupsAgeOutOn()).isEqualTo(TODAY.plusDays(35));
        assertThat(certificate.method()).isEqualTo(DestructionCertificate.Method.DELETED);
        SweepCandidate queued = record(TODAY, EndAction.REVIEW, false, false, null, null);
        assertThatThrownBy(() -> DestructionCertificate.issue(
                        UUID.randomUUID(), queued, SweepRule.stepFor(queued, TODAY), "retention-sweeper", now, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
