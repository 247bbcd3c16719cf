package org.cradle.application.casenote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;

/**
 * Lists a case note's versions, oldest first, to those who see the note as it now reads (capability
 * {@code READ_CASE_NOTES}): each version they may see, filtered before paging; each listed is
 * recorded as read.
 */
@ApplicationScoped
public class ListCaseNoteVersions {

    private final CaseNotes caseNotes;
    private final Access access;

    public ListCaseNoteVersions(CaseNotes caseNotes, Access access) {
        this.caseNotes = caseNotes;
        this.access = access;
    }

    @Transactional
    public Page<NoteVersion> list(Actor actor, CaseNoteId id, PageRequest page) {
        CaseNote note = access.found(actor, caseNotes.find(id), RecordType.CASE_NOTE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(note.held(), Capability.READ_CASE_NOTES),
                note.family(),
                RecordType.CASE_NOTE,
                id.value());
        Page<CaseNoteVersion> versions = caseNotes.versionsOf(note, permit.visibleRecords(), page);
        permit.handOver(versions.items().stream()
                .flatMap(version -> CaseNoteFacts.of(AuditAction.CASE_NOTE_READ, id, version).stream())
                .toList());
        return versions.map(version -> NoteVersion.of(note, version));
    }
}
