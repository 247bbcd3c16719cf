package org.cradle.application.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.episode.Episodes;
import org.cradle.application.family.Families;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/**
 * Writes a case note on an episode, held by the episode's organisation: only a practitioner of that
 * organisation, about people it works with (capability {@code WRITE_CASE_NOTES}).
 */
@ApplicationScoped
public class WriteCaseNote {

    public record Command(EpisodeId episode, NoteContent content) {
        public Command {
            Objects.requireNonNull(episode, "episode");
            Objects.requireNonNull(content, "content");
        }
    }

    private final Episodes episodes;
    private final Families families;
    private final CaseNotes caseNotes;
    private final Access access;

    public WriteCaseNote(Episodes episodes, Families families, CaseNotes caseNotes, Access access) {
        this.episodes = episodes;
        this.families = families;
        this.caseNotes = caseNotes;
        this.access = access;
    }

    @Transactional
    public CaseNote write(Actor actor, Command command) {
        Episode episode = access.found(
                actor,
                episodes.find(command.episode()),
                RecordType.EPISODE,
                command.episode().value());
        NoteContent content = command.content();
        HeldRecord record =
                HeldRecord.caseNote(episode.organisation(), content.about(), content.category(), actor.subject());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(record, Capability.WRITE_CASE_NOTES),
                episode.family(),
                RecordType.EPISODE,
                episode.id().value());
        NoteSubjects.requireSeen(access, actor, permit, content);
        CaseNote note = CaseNote.write(
                CaseNoteId.newId(), episode, families.require(episode.family()), content, actor, permit.at());
        caseNotes.add(note);
        permit.handOver(CaseNoteFacts.of(AuditAction.CASE_NOTE_WRITTEN, note.id(), note.current()));
        return note;
    }
}
