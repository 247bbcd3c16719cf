package org.cradle.contracts.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.contracts.PortContract;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.family.Family;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every store of case notes does: keeps every version, adds a correction only onto the version
 * it was made from, and lists an episode's notes newest first, a note's versions oldest first and the
 * notes concerning a person oldest first, each filtered by what the reader sees before it is paged.
 */
public abstract class CaseNotesContract extends PortContract {

    private static final PageRequest ALL = new PageRequest(0, 50);

    private final OrganisationId own = organisation("own");

    protected abstract CaseNotes notes();

    /** A family Cradle holds, with two members: a mother and her infant. */
    protected abstract Family family();

    /** An episode of {@code organisation}'s with the family, stored. */
    protected abstract Episode episode(Family family, OrganisationId organisation);

    @Test
    void a_note_reads_back_with_its_versions_and_a_correction_is_added_only_onto_the_version_read() {
        Family family = family();
        Episode episode = episode(family, own);
        CaseNote note = note(family, episode, "Visited at home.", at("2026-05-01T09:00:00Z"));
        transaction(() -> notes().add(note));

        CaseNote read = transaction(() -> notes().require(note.id()));
        assertThat(read.versions()).isEqualTo(note.versions());
        read.correct(
                1,
                content(family, "Visited at home, with her mother."),
                "Who was there.",
                family,
                lead(),
                at("2026-05-02T09:00:00Z"));
        transaction(() -> notes().update(read));

        assertThat(transaction(() -> notes().require(note.id())).versions())
                .extracting(CaseNoteVersion::number)
                .containsExactly(1, 2);
        CaseNote stale = transaction(() -> notes().require(note.id()));
        CaseNote meanwhile = transaction(() -> notes().require(note.id()));
        meanwhile.correct(2, content(family, "Corrected first."), "First.", family, lead(), at("2026-05-03T09:00:00Z"));
        stale.correct(2, content(family, "Corrected second."), "Second.", family, lead(), at("2026-05-03T09:01:00Z"));
        transaction(() -> notes().update(meanwhile));
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> notes().update(stale)));
        assertThat(transaction(() -> notes().find(CaseNoteId.newId()))).isEmpty();
    }

    @Test
    void an_episodes_notes_are_listed_newest_first_and_only_those_the_reader_sees() {
        Family family = family();
        Episode episode = episode(family, own);
        CaseNote older = note(family, episode, "First visit.", at("2026-05-01T09:00:00Z"));
        CaseNote newer = note(family, episode, "Second visit.", at("2026-05-08T09:00:00Z"));
        transaction(() -> List.of(older, newer).forEach(notes()::add));
        VisibleRecords stranger = AccessPolicy.visibleRecords(
                Actor.practitioner("n.stranger", organisation("stranger"), Set.of(Role.PRACTITIONER)),
                Relationship.NONE);

        var seen = transaction(() -> notes().ofEpisode(episode.id(), leadSees(), ALL));
        var second = transaction(() -> notes().ofEpisode(episode.id(), leadSees(), new PageRequest(1, 1)));
        var unseen = transaction(() -> notes().ofEpisode(episode.id(), stranger, ALL));

        assertThat(seen.items()).extracting(CaseNote::id).containsExactly(newer.id(), older.id());
        assertThat(second.items()).extracting(CaseNote::id).containsExactly(older.id());
        assertThat(second.totalItems()).isEqualTo(2);
        assertThat(unseen.items()).isEmpty();
        assertThat(unseen.totalItems()).isZero();
    }

    @Test
    void a_notes_versions_read_oldest_first_and_the_notes_concerning_a_person_oldest_first() {
        Family family = family();
        PersonId mother = family.members().get(0).person();
        PersonId infant = family.members().get(1).person();
        Episode episode = episode(family, own);
        CaseNote aboutMother = note(family, episode, "Mother seen.", at("2026-05-01T09:00:00Z"));
        CaseNote aboutInfant = CaseNote.write(
                CaseNoteId.newId(),
                episode,
                family,
                new NoteContent(
                        "Infant weighed.", InformationCategory.BASIC_DETAILS, NoteKind.FACT, Set.of(infant), Set.of()),
                lead(),
                at("2026-05-02T09:00:00Z"));
        transaction(() -> List.of(aboutMother, aboutInfant).forEach(notes()::add));
        aboutMother.correct(
                1, content(family, "Mother seen, well."), "More.", family, lead(), at("2026-05-03T09:00:00Z"));
        transaction(() -> notes().update(aboutMother));

        assertThat(transaction(() -> notes().versionsOf(aboutMother, leadSees(), ALL))
                        .items())
                .extracting(CaseNoteVersion::number)
                .containsExactly(1, 2);
        assertThat(transaction(() -> notes().concerning(infant, family.id(), leadSees(), ALL))
                        .items())
                .extracting(CaseNote::id)
                .containsExactly(aboutInfant.id());
        assertThat(transaction(() -> notes().concerning(mother, family.id(), leadSees(), ALL))
                        .items())
                .extracting(CaseNote::id)
                .containsExactly(aboutMother.id());
    }

    private Actor lead() {
        return Actor.practitioner("n.lead", own, Set.of(Role.PRACTITIONER));
    }

    /** What the episode's lead practitioner, of the organisation holding the family, sees. */
    private VisibleRecords leadSees() {
        return AccessPolicy.visibleRecords(lead(), new Relationship(true, List.of(), true, true, false, false));
    }

    private CaseNote note(Family family, Episode episode, String text, Instant at) {
        return CaseNote.write(CaseNoteId.newId(), episode, family, content(family, text), lead(), at);
    }

    /** Basic details about the mother. */
    private static NoteContent content(Family family, String text) {
        return new NoteContent(
                text,
                InformationCategory.BASIC_DETAILS,
                NoteKind.FACT,
                Set.of(family.members().get(0).person()),
                Set.of());
    }
}
