package org.cradle.application.casenote;

import java.util.Objects;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/**
 * One version of a note as an actor may read it: the note's own facts and that version only, never the
 * versions the actor may not see.
 *
 * @param author who first wrote the note
 * @param latestNumber the number of the note's latest version, which a correction must name
 */
public record NoteVersion(
        CaseNoteId note,
        EpisodeId episode,
        FamilyId family,
        OrganisationId holder,
        String author,
        int latestNumber,
        CaseNoteVersion version) {

    public NoteVersion {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(version, "version");
    }

    public static NoteVersion of(CaseNote note, CaseNoteVersion version) {
        return new NoteVersion(
                note.id(),
                note.episode(),
                note.family(),
                note.organisation(),
                note.author(),
                note.current().number(),
                version);
    }

    public static NoteVersion current(CaseNote note) {
        return of(note, note.current());
    }
}
