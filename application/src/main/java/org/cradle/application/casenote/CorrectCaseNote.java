package org.cradle.application.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.family.Families;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;

/**
 * Corrects a case note with a new version and its reason, keeping the earlier ones: by its author, the
 * lead practitioner or a safeguarding lead of the organisation that holds it (capability
 * {@code WRITE_CASE_NOTES}).
 */
@ApplicationScoped
public class CorrectCaseNote {

    /** @param expectedVersion the number of the version the corrector read, which must still be the latest */
    public record Command(CaseNoteId note, int expectedVersion, NoteContent content, String reason) {
        public Command {
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(content, "content");
        }
    }

    private final CaseNotes caseNotes;
    private final Families families;
    private final Access access;

    public CorrectCaseNote(CaseNotes caseNotes, Families families, Access access) {
        this.caseNotes = caseNotes;
        this.families = families;
        this.access = access;
    }

    /**
     * Those who may correct a note (its author, the lead practitioner, a safeguarding lead) read it
     * whatever its category, so a correction to another category or other people needs no second
     * decision; the people it is then about must still be ones the organisation works with.
     */
    @Transactional
    public CaseNote correct(Actor actor, Command command) {
        CaseNote note = access.found(
                actor,
                caseNotes.find(command.note()),
                RecordType.CASE_NOTE,
                command.note().value());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(note.held(), Capability.WRITE_CASE_NOTES),
                note.family(),
                RecordType.CASE_NOTE,
                note.id().value());
        NoteSubjects.requireSeen(access, actor, permit, command.content());
        CaseNoteVersion before = note.current();
        CaseNoteVersion after = note.correct(
                command.expectedVersion(),
                command.content(),
                command.reason(),
                families.require(note.family()),
                actor,
                permit.at());
        caseNotes.update(note);
        permit.handOver(CaseNoteFacts.correction(note.id(), before, after));
        return note;
    }
}
