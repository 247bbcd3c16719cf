package org.cradle.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** Retention's one list: which facts move which records' dates, each recomputed once. */
class DatesMovedByFactsTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private final List<String> recomputed = new ArrayList<>();

    /** The recomputation itself is tested over HTTP against PostgreSQL; here, only what is asked of it. */
    private final RetentionDates dates = new RetentionDates(null, null, null, null, Clock.systemUTC()) {
        @Override
        public void recomputeFamily(FamilyId family) {
            recomputed.add("family " + family);
        }

        @Override
        public void recomputePerson(PersonId person) {
            recomputed.add("person " + person);
        }

        @Override
        public void forget(RecordType type, UUID record) {
            recomputed.add("forget " + type + " " + record);
        }

        @Override
        public int recomputeOrganisation(OrganisationId organisation) {
            recomputed.add("organisation " + organisation);
            return 0;
        }
    };

    private final DatesMovedByFacts follow = new DatesMovedByFacts(dates);
    private final Permit permit = new Access(
                    null,
                    null,
                    null,
                    null,
                    Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneId.of("UTC")),
                    (p, f) -> {})
            .requireSignedIn(new Practitioner("p", NORTH, Set.of(Role.PRACTITIONER)));

    private final FamilyId family = FamilyId.newId();
    private final PersonId mother = PersonId.newId();

    @Test
    void an_episode_closed_reopened_or_corrected_moves_its_familys_dates_once() {
        UUID episode = UUID.randomUUID();
        follow.recompute(
                permit,
                List.of(
                        Fact.of(AuditAction.EPISODE_CLOSED, RecordType.EPISODE, episode)
                                .in(family),
                        Fact.of(AuditAction.EPISODE_REOPENED, RecordType.EPISODE, episode)
                                .in(family),
                        Fact.of(AuditAction.EPISODE_CLOSURE_CORRECTED, RecordType.EPISODE, episode)
                                .in(family)));

        assertThat(recomputed).containsExactly("family " + family);
    }

    @Test
    void a_member_added_moves_the_family_and_a_corrected_person_every_family_they_are_in() {
        follow.recompute(
                permit,
                List.of(
                        Fact.of(AuditAction.MEMBER_ADDED, RecordType.PERSON, mother.value())
                                .about(mother, InformationCategory.BASIC_DETAILS)
                                .in(family),
                        Fact.of(AuditAction.PERSON_DETAILS_CORRECTED, RecordType.PERSON, mother.value())
                                .about(mother, InformationCategory.BASIC_DETAILS)));

        assertThat(recomputed).containsExactly("family " + family, "person " + mother);
    }

    @Test
    void a_video_made_summarised_or_decided_moves_its_familys_dates_and_one_gone_is_forgotten() {
        UUID video = UUID.randomUUID();
        UUID abandoned = UUID.randomUUID();
        follow.recompute(
                permit,
                List.of(
                        Fact.of(AuditAction.VIDEO_UPLOAD_CREATED, RecordType.VIDEO, video)
                                .in(family),
                        Fact.of(AuditAction.VIDEO_SUMMARY_RECORDED, RecordType.VIDEO, video)
                                .in(family),
                        Fact.of(AuditAction.VIDEO_OWNERSHIP_DECIDED, RecordType.VIDEO, video)
                                .in(family),
                        Fact.of(AuditAction.VIDEO_UPLOAD_EXPIRED, RecordType.VIDEO, abandoned)
                                .in(family),
                        Fact.of(AuditAction.VIDEO_PLAYED, RecordType.VIDEO, video)
                                .in(family)));

        assertThat(recomputed).containsExactly("forget VIDEO " + abandoned, "family " + family);
    }

    @Test
    void a_schedule_changed_moves_the_organisations_records() {
        follow.recompute(permit, List.of(new Fact.ScheduleChanged(NORTH)));

        assertThat(recomputed).containsExactly("organisation " + NORTH);
    }

    @Test
    void reads_and_other_changes_move_nothing() {
        follow.recompute(
                permit,
                List.of(
                        Fact.of(AuditAction.FAMILY_READ, RecordType.FAMILY, family.value())
                                .in(family),
                        Fact.of(AuditAction.CONSENT_GIVEN, RecordType.CONSENT, UUID.randomUUID())
                                .in(family),
                        Fact.of(AuditAction.CASE_NOTE_WRITTEN, RecordType.CASE_NOTE, UUID.randomUUID())
                                .in(family)));

        assertThat(recomputed).isEmpty();
    }
}
