package org.cradle.application.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;

/**
 * Shows one version of a case note, as written then (capability {@code READ_CASE_NOTES}): to those
 * who see the note as it now reads and that version as well (a version of a more sensitive category
 * than the note now has stays as narrow as it was).
 */
@ApplicationScoped
public class GetCaseNoteVersion {

    private final CaseNotes caseNotes;
    private final Access access;

    public GetCaseNoteVersion(CaseNotes caseNotes, Access access) {
        this.caseNotes = caseNotes;
        this.access = access;
    }

    @Transactional
    public NoteVersion get(Actor actor, CaseNoteId id, int number) {
        CaseNote note = access.found(actor, caseNotes.find(id), RecordType.CASE_NOTE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(note.held(), Capability.READ_CASE_NOTES),
                note.family(),
                RecordType.CASE_NOTE,
                id.value());
        CaseNoteVersion version = note.version(number)
                .orElseThrow(() -> new RecordNotFoundException("case note version", id + "/" + number));
        HeldRecord asWritten = note.held(version);
        if (!asWritten.equals(note.held())) {
            permit = access.require(
                    actor,
                    new Need.SeeRecord(asWritten, Capability.READ_CASE_NOTES),
                    note.family(),
                    RecordType.CASE_NOTE,
                    id.value());
        }
        permit.handOver(CaseNoteFacts.of(AuditAction.CASE_NOTE_READ, id, version));
        return NoteVersion.of(note, version);
    }
}
