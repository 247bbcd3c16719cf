package org.cradle.application.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;

/**
 * Shows a case note as it now reads, its latest version, to those the access policy lets see it
 * (capability {@code READ_CASE_NOTES}); a note the actor may not see is not found.
 */
@ApplicationScoped
public class GetCaseNote {

    private final CaseNotes caseNotes;
    private final Access access;

    public GetCaseNote(CaseNotes caseNotes, Access access) {
        this.caseNotes = caseNotes;
        this.access = access;
    }

    @Transactional
    public NoteVersion get(Actor actor, CaseNoteId id) {
        CaseNote note = access.found(actor, caseNotes.find(id), RecordType.CASE_NOTE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(note.held(), Capability.READ_CASE_NOTES),
                note.family(),
                RecordType.CASE_NOTE,
                id.value());
        permit.handOver(CaseNoteFacts.of(AuditAction.CASE_NOTE_READ, id, note.current()));
        return NoteVersion.current(note);
    }
}
