package org.cradle.contracts.casenote;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** The port in memory, filtering with the access policy's own rule ({@link VisibleRecords#sees}). */
public final class InMemoryCaseNotes implements CaseNotes {

    private final Map<CaseNoteId, List<CaseNoteVersion>> versions = new LinkedHashMap<>();
    private final Map<CaseNoteId, CaseNote> notes = new LinkedHashMap<>();

    @Override
    public Optional<CaseNote> find(CaseNoteId id) {
        return Optional.ofNullable(notes.get(id)).map(this::copy);
    }

    @Override
    public void add(CaseNote note) {
        notes.put(note.id(), note);
        versions.put(note.id(), note.versions());
    }

    @Override
    public void update(CaseNote note) {
        List<CaseNoteVersion> stored = versions.get(note.id());
        if (note.versions().size() != stored.size() + 1) {
            throw new StaleVersionException("case note", note.id());
        }
        notes.put(note.id(), note);
        versions.put(note.id(), note.versions());
    }

    @Override
    public Page<CaseNote> ofEpisode(EpisodeId episode, VisibleRecords visible, PageRequest page) {
        List<CaseNote> seen = notes.values().stream()
                .filter(note -> note.episode().equals(episode))
                .filter(note -> visible.sees(note.held()))
                .sorted(Comparator.comparing(CaseNote::writtenAt)
                        .thenComparing(note -> note.id().value(), Uuids.ORDER)
                        .reversed())
                .map(this::copy)
                .toList();
        return Paging.page(seen, page);
    }

    @Override
    public Page<CaseNoteVersion> versionsOf(CaseNote note, VisibleRecords visible, PageRequest page) {
        return Paging.page(
                versions.get(note.id()).stream()
                        .filter(version -> visible.sees(note.held(version)))
                        .toList(),
                page);
    }

    @Override
    public Page<CaseNote> concerning(PersonId person, FamilyId family, VisibleRecords visible, PageRequest page) {
        List<CaseNote> seen = notes.values().stream()
                .filter(note -> note.family().equals(family))
                .filter(note -> versions.get(note.id()).stream()
                        .anyMatch(version -> (version.about().contains(person)
                                        || version.mentions().contains(person))
                                && visible.sees(note.held(version))))
                .sorted(Comparator.comparing(CaseNote::writtenAt)
                        .thenComparing(note -> note.id().value(), Uuids.ORDER))
                .map(this::copy)
                .toList();
        return Paging.page(seen, page);
    }

    /** How many versions are stored, all notes together: versions are only ever added. */
    public int versionsStored() {
        return versions.values().stream().mapToInt(List::size).sum();
    }

    private CaseNote copy(CaseNote note) {
        return CaseNote.reconstitute(
                note.id(), note.episode(), note.family(), note.organisation(), versions.get(note.id()));
    }
}
