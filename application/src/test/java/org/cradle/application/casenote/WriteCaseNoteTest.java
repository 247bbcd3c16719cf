package org.cradle.application.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cradle.application.casenote.CaseNoteWorld.ELSEWHERE;
import static org.cradle.application.casenote.CaseNoteWorld.HEALTH;
import static org.cradle.application.casenote.CaseNoteWorld.NORTH;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class WriteCaseNoteTest {

    private final CaseNoteWorld world = new CaseNoteWorld();

    @Test
    void a_note_is_written_and_audited_once_for_each_person_whose_record_it_is() {
        Actor author = world.colleague("j.adeyemi", Role.PRACTITIONER);

        CaseNote note = world.write.write(
                author, new WriteCaseNote.Command(world.episode.id(), about(Set.of(world.infant, world.mother))));

        assertThat(world.caseNotes.find(note.id())).isPresent();
        assertThat(note.organisation()).isEqualTo(NORTH);
        assertThat(world.audited)
                .extracting(AuditEvent::action, AuditEvent::recordType, AuditEvent::recordId, AuditEvent::ground)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(
                        AuditAction.CASE_NOTE_WRITTEN,
                        RecordType.CASE_NOTE,
                        note.id().value(),
                        Ground.OWN_ORGANISATION));
        assertThat(world.audited).extracting(AuditEvent::person).containsExactlyInAnyOrder(world.infant, world.mother);
        assertThat(world.audited).extracting(AuditEvent::category).containsOnly(InformationCategory.BASIC_DETAILS);
    }

    @Test
    void an_unknown_episode_is_not_found_the_attempt_is_recorded_and_nothing_is_written() {
        Actor author = world.colleague("j.adeyemi", Role.PRACTITIONER);

        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.write.write(
                        author, new WriteCaseNote.Command(EpisodeId.newId(), about(Set.of(world.mother)))));
        assertThat(world.caseNotes.versionsStored()).isZero();
        assertThat(world.audited).isEmpty();
        assertThat(world.denied).extracting(AuditEvent::recordType).containsExactly(RecordType.EPISODE);
    }

    @Test
    void an_organisation_that_does_not_work_with_the_family_finds_no_episode_and_the_attempt_is_recorded() {
        Actor stranger = world.actor("s.bright", ELSEWHERE, Relationship.NONE, Role.PRACTITIONER);

        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.write.write(
                        stranger, new WriteCaseNote.Command(world.episode.id(), about(Set.of(world.mother)))));
        assertThat(world.caseNotes.versionsStored()).isZero();
        assertThat(world.audited).isEmpty();
        assertThat(world.denied).extracting(AuditEvent::action).containsExactly(AuditAction.ACCESS_DENIED);
    }

    @Test
    void a_referred_organisation_does_not_write_on_the_referring_organisations_episode() {
        Actor health = world.actor(
                "h.patel",
                HEALTH,
                new Relationship(
                        false,
                        List.of(new ReferralGrant(NORTH, Set.of(), EnumSet.allOf(InformationCategory.class))),
                        true,
                        false,
                        false,
                        false),
                Role.PRACTITIONER);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> world.write.write(
                        health, new WriteCaseNote.Command(world.episode.id(), about(Set.of(world.mother)))));
        assertThat(world.caseNotes.versionsStored()).isZero();
    }

    @Test
    void a_referred_organisation_writes_on_its_own_episode_only_about_the_people_its_referral_names() {
        Actor health = world.actor(
                "h.patel",
                HEALTH,
                new Relationship(
                        false,
                        List.of(new ReferralGrant(
                                NORTH, Set.of(world.infant), EnumSet.of(InformationCategory.BASIC_DETAILS))),
                        true,
                        true,
                        false,
                        false),
                Role.PRACTITIONER);
        Episode healthVisiting = Episode.open(
                EpisodeId.newId(),
                world.family.id(),
                ServiceType.HEALTH_VISITING,
                HEALTH,
                new PractitionerRef("h.patel"),
                java.time.LocalDate.of(2026, 11, 1),
                java.time.LocalDate.of(2026, 11, 21),
                CaseNoteWorld.NOW);
        world.episodesPort.add(healthVisiting);

        CaseNote aboutTheInfant =
                world.write.write(health, new WriteCaseNote.Command(healthVisiting.id(), about(Set.of(world.infant))));
        assertThat(aboutTheInfant.organisation()).isEqualTo(HEALTH);

        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.write.write(
                        health, new WriteCaseNote.Command(healthVisiting.id(), about(Set.of(world.mother)))));
        assertThat(world.caseNotes.versionsStored()).isEqualTo(1);
        assertThat(world.denied).extracting(AuditEvent::recordType).containsExactly(RecordType.PERSON);
    }

    @Test
    void a_role_without_the_capability_is_refused_before_anything_is_read() {
        Actor auditor = world.colleague("a.audit", Role.AUDITOR);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> world.write.write(
                        auditor, new WriteCaseNote.Command(world.episode.id(), about(Set.of(world.mother)))));
        assertThat(world.caseNotes.versionsStored()).isZero();
    }

    @Test
    void a_note_that_mentions_someone_outside_the_family_is_refused_and_nothing_is_written() {
        Actor author = world.colleague("j.adeyemi", Role.PRACTITIONER);
        NoteContent content = new NoteContent(
                "Visit.",
                InformationCategory.BASIC_DETAILS,
                NoteKind.FACT,
                Set.of(world.mother),
                Set.of(PersonId.newId()));

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> world.write.write(author, new WriteCaseNote.Command(world.episode.id(), content)))
                .satisfies(e -> assertThat(e.field()).contains("mentions[0]"))
                .extracting(RuleViolationException::code)
                .isEqualTo("not-a-member");
        assertThat(world.caseNotes.versionsStored()).isZero();
        assertThat(world.audited).isEmpty();
    }

    static NoteContent about(Set<PersonId> people) {
        return new NoteContent("Home visit.", InformationCategory.BASIC_DETAILS, NoteKind.FACT, people, Set.of());
    }
}
