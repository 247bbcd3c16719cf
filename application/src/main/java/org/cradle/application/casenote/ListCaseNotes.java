package org.cradle.application.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/**
 * Lists an episode's case notes as they now read, newest first (capability {@code READ_CASE_NOTES}):
 * only those the actor may see, filtered before paging so that the total counts only those; each
 * listed is recorded as read.
 */
@ApplicationScoped
public class ListCaseNotes {

    private final Episodes episodes;
    private final CaseNotes caseNotes;
    private final Access access;

    public ListCaseNotes(Episodes episodes, CaseNotes caseNotes, Access access) {
        this.episodes = episodes;
        this.caseNotes = caseNotes;
        this.access = access;
    }

    @Transactional
    public Page<NoteVersion> list(Actor actor, EpisodeId id, PageRequest page) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        access.require(
                actor,
                new Need.SeeFamily(Capability.READ_CASE_NOTES),
                episode.family(),
                RecordType.EPISODE,
                id.value());
        // the episode's notes are all held by its organisation: seeing the episode gives the ground of each
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(episode.held(), Capability.READ_CASE_NOTES),
                episode.family(),
                RecordType.EPISODE,
                id.value());
        Page<CaseNote> notes = caseNotes.ofEpisode(id, permit.visibleRecords(), page);
        permit.handOver(notes.items().stream()
                .flatMap(note -> CaseNoteFacts.of(AuditAction.CASE_NOTE_READ, note.id(), note.current()).stream())
                .toList());
        return notes.map(NoteVersion::current);
    }
}
