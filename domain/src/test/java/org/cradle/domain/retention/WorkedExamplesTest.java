package org.cradle.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord.Subject;
import org.junit.jupiter.api.Test;

/** The worked examples of the retention schedule, one test each (all subjects alive unless stated). */
class WorkedExamplesTest {

    private static final LocalDate INFANT_BORN = LocalDate.of(2024, 3, 1);
    private static final LocalDate CLOSED = LocalDate.of(2025, 6, 30);
    private static final OrganisationId SERVICE = new OrganisationId("north-trust");

    private final RetentionSchedule schedule =
            RetentionSchedule.of(Schedules.defaults(), List.of(), LocalDate.of(2026, 12, 1));
    private final Subject infant = new Subject(PersonId.newId(), INFANT_BORN, null);
    private final Subject mother = new Subject(PersonId.newId(), LocalDate.of(1994, 7, 12), null);

    /** The date of an episode's record of the service type, closed on {@code end} (null: open). */
    private RetentionDate dateOf(Sector sector, ServiceType type, LocalDate end, Subject... about) {
        return schedule.dateOf(new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2025, 1, 6),
                SERVICE,
                sector,
                type,
                end,
                List.of(about)));
    }

    private LocalDate reviewOn(Sector sector, ServiceType type, LocalDate end, Subject... about) {
        RetentionDate date = dateOf(sector, type, end, about);
        assertThat(date.status()).as(date.explanation()).isEqualTo(RetentionDate.Status.DATED);
        return date.reviewOn().orElseThrow();
    }

    @Test
    void example_1_an_infant_mental_health_record_is_kept_until_the_infant_is_25() {
        RetentionDate date = schedule.dateOf(new RetainedRecord(
                RecordType.EPISODE,
                UUID.randomUUID(),
                FamilyId.newId(),
                LocalDate.of(2025, 1, 6),
                SERVICE,
                Sector.HEALTH,
                ServiceType.PARENT_INFANT_MENTAL_HEALTH,
                CLOSED,
                List.of(infant)));

        assertThat(date.reviewOn()).contains(LocalDate.of(2049, 3, 1));
        assertThat(date.applications()).singleElement().satisfies(applied -> {
            assertThat(applied.rule()).isEqualTo(new RuleId("NHS-CAMHS"));
            assertThat(applied.decides()).isTrue();
            assertThat(applied.evaluation().used()).contains(Anchor.DOB, Anchor.END);
        });
        RetentionSchedule.InForce mentalHealth =
                schedule.rule(new RuleId("NHS-MH")).orElseThrow();
        assertThat(mentalHealth
                        .formula()
                        .evaluate(RetentionInputs.of(Map.of(Anchor.END, CLOSED)), id -> null)
                        .date())
                .contains(LocalDate.of(2045, 6, 30));
    }

    @Test
    void example_2_the_mothers_own_perinatal_record_runs_from_its_close_and_a_joint_record_to_the_infants_25th() {
        assertThat(reviewOn(Sector.HEALTH, ServiceType.PERINATAL_MENTAL_HEALTH, CLOSED, mother))
                .isEqualTo(LocalDate.of(2045, 6, 30));
        assertThat(reviewOn(Sector.HEALTH, ServiceType.PARENT_INFANT_MENTAL_HEALTH, CLOSED, mother, infant))
                .isEqualTo(LocalDate.of(2049, 3, 1));
    }

    @Test
    void example_3_a_looked_after_child_is_kept_75_years_from_birth_or_15_from_a_death_before_18() {
        assertThat(reviewOn(Sector.LOCAL_AUTHORITY, ServiceType.LOOKED_AFTER_CHILD, CLOSED, infant))
                .isEqualTo(LocalDate.of(2099, 3, 1));
        Subject died = new Subject(infant.person(), INFANT_BORN, LocalDate.of(2026, 5, 5));
        assertThat(reviewOn(Sector.LOCAL_AUTHORITY, ServiceType.LOOKED_AFTER_CHILD, CLOSED, died))
                .isEqualTo(LocalDate.of(2041, 5, 5));
    }

    @Test
    void example_4_a_child_protection_plan_is_kept_35_years_by_the_council_and_to_25_by_a_voluntary_organisation() {
        assertThat(reviewOn(Sector.LOCAL_AUTHORITY, ServiceType.CHILD_PROTECTION, CLOSED, infant))
                .isEqualTo(LocalDate.of(2060, 6, 30));
        assertThat(reviewOn(Sector.VOLUNTARY, ServiceType.CHILD_PROTECTION, CLOSED, infant))
                .isEqualTo(LocalDate.of(2049, 3, 1));
    }

    @Test
    void example_5_a_summarised_session_video_goes_a_month_later_and_an_unsummarised_one_follows_its_record() {
        DateFormula recording =
                schedule.rule(new RuleId("NHS-RECORDING")).orElseThrow().formula();
        LocalDate made = LocalDate.of(2025, 5, 14);
        LocalDate infantsRecord = reviewOn(Sector.HEALTH, ServiceType.PARENT_INFANT_MENTAL_HEALTH, CLOSED, infant);

        assertThat(recording
                        .evaluate(
                                RetentionInputs.of(Map.of(Anchor.SUMMARISED, made, Anchor.HOST, infantsRecord)),
                                id -> null)
                        .date())
                .contains(LocalDate.of(2025, 6, 14));
        assertThat(recording
                        .evaluate(RetentionInputs.of(Map.of(Anchor.HOST, infantsRecord)), id -> null)
                        .date())
                .contains(LocalDate.of(2049, 3, 1));
    }

    private RetentionDate infantsRecord(LocalDate end) {
        return dateOf(Sector.HEALTH, ServiceType.PARENT_INFANT_MENTAL_HEALTH, end, infant);
    }

    private static RetainedRecording recording(LocalDate summarised, boolean formalRecord) {
        return new RetainedRecording(
                UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 5, 14), summarised, formalRecord);
    }

    @Test
    void example_5_as_the_schedule_dates_a_video_a_summary_lets_it_go_a_month_later_to_be_destroyed() {
        RetentionDate date =
                schedule.dateOfRecording(recording(LocalDate.of(2025, 5, 20), false), infantsRecord(CLOSED));

        assertThat(date.reviewOn()).contains(LocalDate.of(2025, 6, 20));
        assertThat(date.endAction()).isEqualTo(EndAction.DESTROY);
        assertThat(date.explanation()).contains("NHS-RECORDING", "summary", "2025-05-20");
        assertThat(date.applications()).singleElement().satisfies(applied -> {
            assertThat(applied.rule()).isEqualTo(RecordClasses.RECORDING);
            assertThat(applied.decides()).isTrue();
        });
    }

    @Test
    void example_5_an_unsummarised_video_is_kept_and_reviewed_as_the_infants_record_is() {
        RetentionDate host = infantsRecord(CLOSED);

        RetentionDate date = schedule.dateOfRecording(recording(null, false), host);

        assertThat(date.reviewOn()).contains(LocalDate.of(2049, 3, 1));
        assertThat(date.endAction()).isEqualTo(host.endAction()).isEqualTo(EndAction.REVIEW);
        assertThat(date.automaticDestruction()).isFalse();
        assertThat(date.applications().get(0).person()).isEqualTo(infant.person());
        assertThat(date.explanation()).contains("no summary", "kept as the record it belongs to is");
    }

    @Test
    void a_video_made_part_of_the_formal_record_is_kept_as_that_record_even_once_summarised() {
        RetentionDate date =
                schedule.dateOfRecording(recording(LocalDate.of(2025, 5, 20), true), infantsRecord(CLOSED));

        assertThat(date.reviewOn()).contains(LocalDate.of(2049, 3, 1));
        assertThat(date.endAction()).isEqualTo(EndAction.REVIEW);
        assertThat(date.explanation()).contains("formal record");
    }

    @Test
    void a_video_of_a_record_still_open_has_no_date_until_the_record_closes_unless_it_is_summarised() {
        RetentionDate open = infantsRecord(null);

        assertThat(schedule.dateOfRecording(recording(null, false), open).status())
                .isEqualTo(RetentionDate.Status.OPEN);
        assertThat(schedule.dateOfRecording(recording(null, true), open).status())
                .isEqualTo(RetentionDate.Status.OPEN);
        assertThat(schedule.dateOfRecording(recording(LocalDate.of(2025, 5, 20), false), open)
                        .reviewOn())
                .contains(LocalDate.of(2025, 6, 20));
    }
}
