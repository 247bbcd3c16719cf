package org.cradle.domain.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class CaseNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final Actor AUTHOR = Actor.practitioner("j.adeyemi", NORTH, Set.of(Role.PRACTITIONER));
    private static final Actor LEAD = Actor.practitioner("k.osei", NORTH, Set.of(Role.PRACTITIONER));
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId INFANT = PersonId.newId();
    private static final PersonId GRANDMOTHER = PersonId.newId();
    private static final PersonId STRANGER = PersonId.newId();

    private final Family family = family();
    private final Episode episode = Episode.open(
            EpisodeId.newId(),
            family.id(),
            ServiceType.PARENT_INFANT_MENTAL_HEALTH,
            NORTH,
            new PractitionerRef("k.osei"),
            TODAY.minusMonths(1),
            TODAY,
            NOW);

    @Test
    void a_note_is_written_as_version_one_held_by_the_episodes_organisation() {
        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Home visit."), AUTHOR, NOW);

        assertThat(note.organisation()).isEqualTo(NORTH);
        assertThat(note.episode()).isEqualTo(episode.id());
        assertThat(note.family()).isEqualTo(family.id());
        assertThat(note.author()).isEqualTo("j.adeyemi");
        CaseNoteVersion first = note.current();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("Home visit.");
        assertThat(first.writtenAt()).isEqualTo(NOW);
        assertThat(first.isCorrection()).isFalse();
        assertThat(first.reason()).isEmpty();
    }

    @Test
    void a_note_for_linked_records_is_about_the_infant_and_the_parent() {
        NoteContent linked = new NoteContent(
                "Feeding observed.",
                InformationCategory.DEVELOPMENT_AND_HEALTH,
                NoteKind.FACT,
                Set.of(INFANT, MOTHER),
                Set.of());

        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, linked, AUTHOR, NOW);

        assertThat(note.current().about()).containsExactlyInAnyOrder(INFANT, MOTHER);
    }

    @Test
    void a_correction_adds_a_version_and_keeps_the_old_one_readable() {
        CaseNote note =
                CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Visit on Mondy."), AUTHOR, NOW);

        CaseNoteVersion corrected =
                note.correct(1, aboutMother("Visit on Monday."), "Typing error in the day.", family, LEAD, LATER);

        assertThat(corrected.number()).isEqualTo(2);
        assertThat(corrected.author()).isEqualTo("k.osei");
        assertThat(corrected.reason()).contains("Typing error in the day.");
        assertThat(note.current()).isEqualTo(corrected);
        assertThat(note.versions()).hasSize(2);
        assertThat(note.version(1)).map(CaseNoteVersion::text).contains("Visit on Mondy.");
        assertThat(note.author())
                .as("the note's author stays who wrote it first")
                .isEqualTo("j.adeyemi");
    }

    @Test
    void a_correction_without_a_reason_is_refused() {
        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Visit."), AUTHOR, NOW);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> note.correct(1, aboutMother("Home visit."), "  ", family, AUTHOR, LATER))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reason", "required");
        assertThat(note.versions()).hasSize(1);
    }

    @Test
    void a_correction_from_an_out_of_date_version_is_refused_as_stale() {
        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Visit."), AUTHOR, NOW);
        note.correct(1, aboutMother("Home visit."), "More precise.", family, AUTHOR, LATER);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> note.correct(1, aboutMother("Clinic visit."), "Wrong place.", family, AUTHOR, LATER))
                .extracting(StaleVersionException::code)
                .isEqualTo("stale-version");
        assertThat(note.versions()).hasSize(2);
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Visit."), AUTHOR, NOW);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> note.correct(1, aboutMother("Visit."), "No reason.", family, AUTHOR, LATER))
                .extracting(RuleViolationException::code)
                .isEqualTo("nothing-corrected");
    }

    @Test
    void a_note_about_someone_outside_the_family_is_refused_naming_the_person() {
        NoteContent content = new NoteContent(
                "Visit.", InformationCategory.BASIC_DETAILS, NoteKind.FACT, Set.of(MOTHER), Set.of(STRANGER));

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> CaseNote.write(CaseNoteId.newId(), episode, family, content, AUTHOR, NOW))
                .satisfies(e -> assertThat(e.field()).contains("mentions[0]"))
                .extracting(RuleViolationException::code)
                .isEqualTo("not-a-member");
    }

    @Test
    void a_correction_cannot_bring_in_someone_outside_the_family() {
        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Visit."), AUTHOR, NOW);
        NoteContent content = NoteContent.of(
                "Visit.", InformationCategory.BASIC_DETAILS, NoteKind.FACT, List.of(MOTHER, STRANGER), List.of());

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> note.correct(1, content, "Add the father.", family, AUTHOR, LATER))
                .satisfies(e -> assertThat(e.field()).contains("about[1]"))
                .extracting(RuleViolationException::code)
                .isEqualTo("not-a-member");
    }

    @Test
    void each_version_is_held_by_the_organisation_for_its_people_and_category_with_the_original_author() {
        CaseNote note = CaseNote.write(CaseNoteId.newId(), episode, family, aboutMother("Visit."), AUTHOR, NOW);
        NoteContent sensitive = new NoteContent(
                "Low mood reported.", InformationCategory.MENTAL_HEALTH, NoteKind.FACT, Set.of(MOTHER), Set.of());
        note.correct(1, sensitive, "It was about her mood.", family, LEAD, LATER);

        HeldRecord first = note.held(note.version(1).orElseThrow());
        HeldRecord now = note.held();

        assertThat(first.category()).isEqualTo(InformationCategory.BASIC_DETAILS);
        assertThat(now)
                .isEqualTo(HeldRecord.caseNote(NORTH, Set.of(MOTHER), InformationCategory.MENTAL_HEALTH, "j.adeyemi"));
    }

    @Test
    void a_sensitive_note_is_read_by_its_author_and_the_team_but_not_by_a_colleague_outside_the_work() {
        CaseNote note = CaseNote.write(
                CaseNoteId.newId(),
                episode,
                family,
                new NoteContent(
                        "Disclosure of past abuse.",
                        InformationCategory.DOMESTIC_ABUSE,
                        NoteKind.FACT,
                        Set.of(MOTHER),
                        Set.of(GRANDMOTHER)),
                AUTHOR,
                NOW);
        Actor colleague = Actor.practitioner("p.nowak", NORTH, Set.of(Role.PRACTITIONER));
        Actor manager = Actor.practitioner("m.hale", NORTH, Set.of(Role.TEAM_MANAGER));
        Relationship outsideTheWork = new Relationship(true, List.of(), true, false, false, false);
        Relationship lead = new Relationship(true, List.of(), true, true, false, false);

        assertThat(AccessPolicy.visibleRecords(AUTHOR, outsideTheWork).sees(note.held()))
                .isTrue();
        assertThat(AccessPolicy.visibleRecords(LEAD, lead).sees(note.held())).isTrue();
        assertThat(AccessPolicy.visibleRecords(colleague, outsideTheWork).sees(note.held()))
                .isFalse();
        assertThat(AccessPolicy.visibleRecords(manager, outsideTheWork).sees(note.held()))
                .isFalse();
    }

    private static NoteContent aboutMother(String text) {
        return new NoteContent(text, InformationCategory.BASIC_DETAILS, NoteKind.FACT, Set.of(MOTHER), Set.of());
    }

    private static Family family() {
        Family family = Family.start(
                FamilyId.newId(),
                new FamilyName("Okafor household"),
                RecordKeepingMode.LINKED,
                NOW.minusSeconds(86400));
        family.admit(MOTHER, FamilyRole.MOTHER, true, true, NOW);
        family.admit(INFANT, FamilyRole.CHILD, true, false, NOW);
        family.admit(GRANDMOTHER, FamilyRole.OTHER, false, false, NOW);
        return family;
    }
}
