package org.cradle.adapters.persistence.casenote;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

/** Explicit mapping between case notes and their rows. People keep the order they were given in. */
final class CaseNoteMapper {

    private CaseNoteMapper() {}

    static CaseNote toDomain(CaseNoteEntity note, List<CaseNoteVersionEntity> versions) {
        return CaseNote.reconstitute(
                new CaseNoteId(note.id),
                new EpisodeId(note.episodeId),
                new FamilyId(note.familyId),
                new OrganisationId(note.organisation),
                versions.stream().map(CaseNoteMapper::toDomain).toList());
    }

    static CaseNoteVersion toDomain(CaseNoteVersionEntity row) {
        return new CaseNoteVersion(
                row.number,
                new NoteContent(
                        row.text,
                        InformationCategory.valueOf(row.category),
                        NoteKind.valueOf(row.kind),
                        people(row.about),
                        people(row.mentions)),
                row.author,
                row.writtenAt,
                row.correctionReason);
    }

    /** Sets the note's row from the aggregate: what is repeated of its current version included. */
    static CaseNoteEntity copy(CaseNote note, CaseNoteEntity entity) {
        entity.id = note.id().value();
        entity.episodeId = note.episode().value();
        entity.familyId = note.family().value();
        entity.organisation = note.organisation().value();
        entity.author = note.author();
        entity.createdAt = note.writtenAt();
        CaseNoteVersion current = note.current();
        entity.currentNumber = current.number();
        entity.currentCategory = current.category().name();
        entity.currentAbout = ids(current.about());
        return entity;
    }

    static CaseNoteVersionEntity toRow(CaseNote note, CaseNoteVersion version) {
        CaseNoteVersionEntity row = new CaseNoteVersionEntity();
        row.caseNoteId = note.id().value();
        row.number = version.number();
        row.text = version.text();
        row.category = version.category().name();
        row.kind = version.kind().name();
        row.about = ids(version.about());
        row.mentions = ids(version.mentions());
        row.author = version.author();
        row.writtenAt = version.writtenAt();
        row.correctionReason = version.correctionReason();
        return row;
    }

    private static UUID[] ids(Set<PersonId> people) {
        return people.stream().map(PersonId::value).toArray(UUID[]::new);
    }

    private static Set<PersonId> people(UUID[] ids) {
        Set<PersonId> people = new LinkedHashSet<>();
        Arrays.stream(ids).map(PersonId::new).forEach(people::add);
        return people;
    }
}
