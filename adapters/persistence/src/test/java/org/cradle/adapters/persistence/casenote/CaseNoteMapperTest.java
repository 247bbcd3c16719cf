package org.cradle.adapters.persistence.casenote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
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

class CaseNoteMapperTest {

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final OrganisationId NORTH = new OrganisationId("north-council");

    @Test
    void a_corrected_note_survives_the_round_trip_with_every_version_and_the_order_of_its_people() {
        PersonId infant = PersonId.newId();
        PersonId mother = PersonId.newId();
        PersonId father = PersonId.newId();
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Okafor household"), RecordKeepingMode.LINKED, AT);
        family.admit(infant, FamilyRole.CHILD, true, false, AT);
        family.admit(mother, FamilyRole.MOTHER, true, true, AT);
        family.admit(father, FamilyRole.FATHER, false, true, AT);
        Episode episode = Episode.open(
                EpisodeId.newId(),
                family.id(),
                ServiceType.PARENT_INFANT_MENTAL_HEALTH,
                NORTH,
                new PractitionerRef("k.osei"),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 21),
                AT);
        Actor author = Actor.practitioner("j.adeyemi", NORTH, Set.of(Role.PRACTITIONER));
        CaseNote note = CaseNote.write(
                CaseNoteId.newId(),
                episode,
                family,
                new NoteContent(
                        "Home visit.\nAll well.",
                        InformationCategory.DEVELOPMENT_AND_HEALTH,
                        NoteKind.FACT,
                        Set.of(infant),
                        Set.of()),
                author,
                AT);
        note.correct(
                1,
                NoteContent.of(
                        "Mother low in mood.",
                        InformationCategory.MENTAL_HEALTH,
                        NoteKind.OPINION,
                        List.of(mother, infant),
                        List.of(father)),
                "The visit was about the mother's mood.",
                family,
                author,
                AT.plusSeconds(60));

        CaseNoteEntity row = CaseNoteMapper.copy(note, new CaseNoteEntity());
        List<CaseNoteVersionEntity> versions = note.versions().stream()
                .map(version -> CaseNoteMapper.toRow(note, version))
                .toList();

        assertThat(row.currentNumber).isEqualTo(2);
        assertThat(row.currentCategory).isEqualTo("MENTAL_HEALTH");
        assertThat(row.currentAbout).containsExactly(mother.value(), infant.value());
        assertThat(row.author).isEqualTo("j.adeyemi");
        assertThat(row.createdAt).isEqualTo(AT);
        CaseNote back = CaseNoteMapper.toDomain(row, versions);
        assertThat(back).usingRecursiveComparison().isEqualTo(note);
        assertThat(back.current().about()).containsExactly(mother, infant);
    }
}
