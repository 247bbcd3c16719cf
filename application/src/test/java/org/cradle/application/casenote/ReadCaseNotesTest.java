package org.cradle.application.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.cradle.application.casenote.CaseNoteWorld.ELSEWHERE;

import java.util.Set;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadCaseNotesTest {

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    private final CaseNoteWorld world = new CaseNoteWorld();
    private Actor author;
    private CaseNote visit;
    private CaseNote disclosure;

    @BeforeEach
    void twoNotesOneOfThemSensitive() {
        author = world.colleague("j.adeyemi", Role.PRACTITIONER);
        visit = write(InformationCategory.DEVELOPMENT_AND_HEALTH, "Feeding observed.");
        disclosure = write(InformationCategory.DOMESTIC_ABUSE, "Disclosure of past abuse.");
        world.audited.clear();
    }

    @Test
    void the_author_the_lead_practitioner_the_team_and_a_safeguarding_lead_see_a_sensitive_note() {
        for (Actor reader : new Actor[] {
            author, world.lead(), world.teamMember("t.ward"), world.colleague("s.lead", Role.SAFEGUARDING_LEAD)
        }) {
            assertThat(listed(reader).items())
                    .as(reader.subject())
                    .extracting(n -> n.note())
                    .containsExactly(disclosure.id(), visit.id());
            assertThat(world.get.get(reader, disclosure.id()).version().text()).isEqualTo("Disclosure of past abuse.");
        }
    }

    @Test
    void a_colleague_outside_the_work_sees_neither_note_in_the_list_and_gets_not_found() {
        Actor colleague = world.colleague("p.nowak", Role.PRACTITIONER);

        Page<NoteVersion> page = listed(colleague);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.get.get(colleague, disclosure.id()));
        assertThat(world.denied).extracting(AuditEvent::action).containsExactly(AuditAction.ACCESS_DENIED);
    }

    @Test
    void a_team_manager_sees_the_notes_that_are_not_sensitive_and_the_total_counts_only_those() {
        Actor manager = world.colleague("m.hale", Role.TEAM_MANAGER);

        Page<NoteVersion> page = listed(manager);

        assertThat(page.items()).extracting(NoteVersion::note).containsExactly(visit.id());
        assertThat(page.totalItems()).isEqualTo(1);
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.get.get(manager, disclosure.id()));
    }

    @Test
    void every_note_listed_or_read_is_audited_for_each_person_it_is_about() {
        world.get.get(author, visit.id());
        listed(author);

        assertThat(world.audited).extracting(AuditEvent::action).containsOnly(AuditAction.CASE_NOTE_READ);
        assertThat(world.audited)
                .extracting(AuditEvent::recordId)
                .containsExactly(
                        visit.id().value(), disclosure.id().value(), visit.id().value());
        assertThat(world.audited)
                .extracting(AuditEvent::category)
                .containsExactly(
                        InformationCategory.DEVELOPMENT_AND_HEALTH,
                        InformationCategory.DOMESTIC_ABUSE,
                        InformationCategory.DEVELOPMENT_AND_HEALTH);
    }

    @Test
    void an_organisation_that_does_not_work_with_the_family_gets_not_found_for_the_list_and_the_note() {
        Actor stranger = world.actor("s.bright", ELSEWHERE, Relationship.NONE, Role.SAFEGUARDING_LEAD);

        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> listed(stranger));
        assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> world.get.get(stranger, visit.id()));
        assertThat(world.audited).isEmpty();
    }

    @Test
    void a_correction_is_a_new_version_and_the_old_one_stays_readable() {
        CaseNote corrected = world.correct.correct(
                world.lead(),
                new CorrectCaseNote.Command(
                        visit.id(),
                        1,
                        content(InformationCategory.DEVELOPMENT_AND_HEALTH, "Bottle feeding observed."),
                        "Was a bottle."));

        assertThat(corrected.current().number()).isEqualTo(2);
        assertThat(world.get.get(author, visit.id()).version().text()).isEqualTo("Bottle feeding observed.");
        assertThat(world.getVersion.get(author, visit.id(), 1).version().text()).isEqualTo("Feeding observed.");
        assertThat(world.listVersions.list(author, visit.id(), FIRST_PAGE).items())
                .extracting(v -> v.version().number())
                .containsExactly(1, 2);
        assertThat(world.audited)
                .filteredOn(e -> e.action() == AuditAction.CASE_NOTE_CORRECTED)
                .extracting(AuditEvent::person)
                .containsExactly(world.infant);
    }

    @Test
    void a_colleague_who_is_not_the_author_the_lead_or_a_safeguarding_lead_may_not_correct_a_note() {
        Actor manager = world.colleague("m.hale", Role.TEAM_MANAGER);

        assertThatExceptionOfType(org.cradle.domain.access.AccessDeniedException.class)
                .isThrownBy(() -> world.correct.correct(
                        manager,
                        new CorrectCaseNote.Command(
                                visit.id(),
                                1,
                                content(InformationCategory.DEVELOPMENT_AND_HEALTH, "Changed."),
                                "Mine.")));
        assertThat(world.caseNotes.find(visit.id()).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void a_version_more_sensitive_than_the_note_now_is_stays_hidden_from_a_team_manager() {
        world.correct.correct(
                author,
                new CorrectCaseNote.Command(
                        disclosure.id(),
                        1,
                        content(InformationCategory.BASIC_DETAILS, "Visit arranged."),
                        "Wrong note."));
        Actor manager = world.colleague("m.hale", Role.TEAM_MANAGER);

        Page<NoteVersion> versions = world.listVersions.list(manager, disclosure.id(), FIRST_PAGE);

        assertThat(versions.items()).extracting(v -> v.version().number()).containsExactly(2);
        assertThat(versions.totalItems()).isEqualTo(1);
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.getVersion.get(manager, disclosure.id(), 1));
    }

    @Test
    void a_version_that_does_not_exist_is_not_found() {
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> world.getVersion.get(author, visit.id(), 2));
    }

    private Page<NoteVersion> listed(Actor reader) {
        return world.list.list(reader, world.episode.id(), FIRST_PAGE);
    }

    private CaseNote write(InformationCategory category, String text) {
        return world.write.write(author, new WriteCaseNote.Command(world.episode.id(), content(category, text)));
    }

    private NoteContent content(InformationCategory category, String text) {
        return new NoteContent(text, category, NoteKind.FACT, Set.of(world.infant), Set.of(world.mother));
    }
}
