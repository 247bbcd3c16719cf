package org.cradle.application.casenote;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** Case notes and all their versions. Versions are only ever added. */
public interface CaseNotes {

    Optional<CaseNote> find(CaseNoteId id);

    /** The note, or a not-found error naming it. */
    default CaseNote require(CaseNoteId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("case note", id));
    }

    void add(CaseNote note);

    /**
     * Stores the versions added to a note since it was read; refuses with a stale-version error if
     * another version was added meanwhile.
     */
    void update(CaseNote note);

    /**
     * The episode's notes whose current version {@code visible} lets the actor see, newest first (then
     * by id): filtered before paging, so the total counts only those.
     */
    Page<CaseNote> ofEpisode(EpisodeId episode, VisibleRecords visible, PageRequest page);

    /**
     * The note's versions that {@code visible} lets the actor see, oldest first: filtered before
     * paging, so the total counts only those.
     */
    Page<CaseNoteVersion> versionsOf(CaseNote note, VisibleRecords visible, PageRequest page);

    /**
     * The family's notes with a version about or naming {@code person} that {@code visible} lets the
     * actor see, oldest first (then by id): filtered before paging. Each comes with all its versions;
     * which of them the actor sees is {@link VisibleRecords#sees}.
     */
    Page<CaseNote> concerning(PersonId person, FamilyId family, VisibleRecords visible, PageRequest page);
}
