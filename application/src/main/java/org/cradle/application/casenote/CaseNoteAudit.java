package org.cradle.application.casenote;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * The audit events of a case note: one per person the note is about, with its category, so that "who
 * saw my record" answers for each of them.
 */
final class CaseNoteAudit {

    private CaseNoteAudit() {}

    static void record(AuditTrail trail, Permit permit, AuditAction action, CaseNoteId note, CaseNoteVersion version) {
        version.about()
                .forEach(person -> trail.record(
                        permit.event(action, RecordType.CASE_NOTE, note.value(), person, version.category())));
    }

    /** A correction concerns the people of the corrected version and of the one it replaces. */
    static void recordCorrection(
            AuditTrail trail, Permit permit, CaseNoteId note, CaseNoteVersion before, CaseNoteVersion after) {
        Map<PersonId, InformationCategory> whose = new LinkedHashMap<>();
        after.about().forEach(person -> whose.put(person, after.category()));
        before.about().forEach(person -> whose.putIfAbsent(person, before.category()));
        whose.forEach((person, category) -> trail.record(
                permit.event(AuditAction.CASE_NOTE_CORRECTED, RecordType.CASE_NOTE, note.value(), person, category)));
    }
}
