package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord.Subject;
import org.cradle.domain.retention.SweepRule.Action;
import org.junit.jupiter.api.Test;

/**
 * A child's record where the child died (NHS-DEATH-CHILD): the record keeps its date, DOB+25y, and also
 * raises an early review eight years after the death, for a records officer to appraise.
 */
class EarlyReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate BORN = LocalDate.of(2024, 3, 1);
    private static final LocalDate DIED = LocalDate.of(2024, 11, 20);
    private static final LocalDate CLOSED = LocalDate.of(2024, 12, 2);
    private static final RuleId DEATH_CHILD = new RuleId("NHS-DEATH-CHILD");

    private final RetentionSchedule schedule = RetentionSchedule.of(Schedules.defaults(), List.of(), TODAY);
    private final Subject mother = new Subject(PersonId.newId(), LocalDate.of(1994, 4, 4), null);
    private final Subject childWhoDied = new Subject(PersonId.newId(), BORN, DIED);

    private static RetainedRecord record(Sector sector, ServiceType type, Subject... about) {
        return new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2024, 3, 10),
                new OrganisationId("north-trust"),
                sector,
                type,
                CLOSED,
                List.of(about));
    }

    @Test
    void
            the_held_back_case_a_health_visiting_record_keeps_its_date_and_raises_an_early_review_eight_years_after_the_death() {
        RetentionDate date = schedule.dateOf(record(Sector.HEALTH, ServiceType.HEALTH_VISITING, mother, childWhoDied));

        assertThat(date.status()).isEqualTo(RetentionDate.Status.DATED);
        assertThat(date.reviewOn()).contains(LocalDate.of(2049, 3, 1));
        assertThat(date.earlyReviewOn()).contains(LocalDate.of(2032, 11, 20));
        assertThat(date.earlyReviews()).singleElement().satisfies(review -> {
            assertThat(review.rule()).isEqualTo(DEATH_CHILD);
            assertThat(review.person()).isEqualTo(childWhoDied.person());
            assertThat(review.formula()).isEqualTo("DOD+8y");
            assertThat(review.evaluation().used()).containsExactly(Anchor.DOD);
            assertThat(review.decides()).isFalse();
        });
        assertThat(date.applications())
                .extracting(RetentionDate.Application::rule)
                .doesNotContain(DEATH_CHILD);
        assertThat(date.explanation()).contains("Early review on 2032-11-20 by NHS-DEATH-CHILD");
    }

    @Test
    void a_living_child_a_dead_adult_and_a_councils_record_raise_no_early_review() {
        Subject livingChild = new Subject(PersonId.newId(), BORN, null);
        Subject deadMother = new Subject(PersonId.newId(), LocalDate.of(1994, 4, 4), DIED);

        assertThat(schedule.dateOf(record(Sector.HEALTH, ServiceType.HEALTH_VISITING, mother, livingChild))
                        .earlyReviews())
                .isEmpty();
        assertThat(schedule.dateOf(record(Sector.HEALTH, ServiceType.HEALTH_VISITING, deadMother, livingChild))
                        .earlyReviews())
                .isEmpty();
        assertThat(schedule.dateOf(record(Sector.LOCAL_AUTHORITY, ServiceType.EARLY_HELP, mother, childWhoDied))
                        .earlyReviewOn())
                .isEmpty();
    }

    @Test
    void every_childs_health_record_raises_it_the_joint_infant_mental_health_record_and_the_midwifery_record_too() {
        for (ServiceType type : List.of(
                ServiceType.PARENT_INFANT_MENTAL_HEALTH,
                ServiceType.PERINATAL_MENTAL_HEALTH,
                ServiceType.MIDWIFERY,
                ServiceType.CHILD_PROTECTION)) {
            assertThat(schedule.dateOf(record(Sector.HEALTH, type, mother, childWhoDied))
                            .earlyReviewOn())
                    .as(type.name())
                    .contains(LocalDate.of(2032, 11, 20));
        }
    }

    @Test
    void a_records_officers_decision_on_or_after_its_day_is_the_early_review_done_and_the_date_stays() {
        RetentionDate date = schedule.dateOf(record(Sector.HEALTH, ServiceType.HEALTH_VISITING, mother, childWhoDied));

        assertThat(date.reviewedOn(LocalDate.of(2032, 11, 19)).earlyReviewOn()).contains(LocalDate.of(2032, 11, 20));
        RetentionDate reviewed = date.reviewedOn(LocalDate.of(2032, 11, 20));
        assertThat(reviewed.earlyReviewOn()).isEmpty();
        assertThat(reviewed.reviewOn()).contains(LocalDate.of(2049, 3, 1));
        assertThat(reviewed.explanation()).contains("done by a records officer's decision of 2032-11-20");
        assertThat(reviewed.extendedTo(LocalDate.of(2040, 1, 1), "Appraised: keep")
                        .reviewOn())
                .as("a keep never shortens the date")
                .contains(LocalDate.of(2049, 3, 1));
    }

    @Test
    void a_held_record_has_no_early_review_due() {
        RetainedRecord record = record(Sector.HEALTH, ServiceType.HEALTH_VISITING, mother, childWhoDied);
        LegalHold hold = LegalHold.place(
                record.organisation(),
                new HoldScope.Family(record.family()),
                "Inquest.",
                "Coroner's letter",
                null,
                "r.officer",
                Instant.parse("2026-12-01T10:00:00Z"),
                TODAY);

        RetentionDate held = schedule.dateOf(record).under(List.of(hold), record, TODAY);

        assertThat(held.status()).isEqualTo(RetentionDate.Status.HELD);
        assertThat(held.earlyReviewOn()).isEmpty();
    }

    @Test
    void the_sweeper_queues_a_record_on_its_early_review_day_and_never_destroys_it_automatically_for_it() {
        KeptDate kept = new KeptDate(
                RecordType.EPISODE,
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2049, 3, 1),
                new RuleId("NHS-CHILD"),
                1,
                null,
                EndAction.DESTROY,
                true,
                "Review on 2049-03-01.",
                Instant.parse("2032-11-19T02:00:00Z"),
                null,
                new KeptDate.EarlyReview(LocalDate.of(2032, 11, 20), DEATH_CHILD, 1));
        SweepCandidate record = new SweepCandidate(kept, new OrganisationId("north-trust"), false, Optional.empty());

        assertThat(kept.dueOn()).isEqualTo(LocalDate.of(2032, 11, 20));
        assertThat(SweepRule.stepFor(record, LocalDate.of(2032, 11, 19)).action())
                .isEqualTo(Action.NOT_DUE);
        SweepRule.Step onTheDay = SweepRule.stepFor(record, LocalDate.of(2032, 11, 20));
        assertThat(onTheDay.action()).isEqualTo(Action.QUEUE);
        assertThat(onTheDay.reason()).contains("Early review").contains("NHS-DEATH-CHILD");
    }
}
