package org.cradle.application.casenote;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.PersonId;

/** The port in memory, filtering with the access policy's own rule ({@link VisibleRecords#sees}). */
final class InMemoryCaseNotes implements CaseNotes {

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
                        .thenComparing(note -> note.id().value())
                        .reversed())
                .map(this::copy)
                .toList();
        return page(seen, page);
    }

    @Override
    public Page<CaseNoteVersion> versionsOf(CaseNote note, VisibleRecords visible, PageRequest page) {
        return page(
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
                        .thenComparing(note -> note.id().value()))
                .map(this::copy)
                .toList();
        return page(seen, page);
    }

    int versionsStored() {
        return versions.values().stream().mapToInt(List::size).sum();
    }

    private CaseNote copy(CaseNote note) {
        return CaseNote.reconstitute(
                note.id(), note.episode(), note.family(), note.organisation(), versions.get(note.id()));
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new Page<>(all.subList(from, to), page, all.size());
    }
}
