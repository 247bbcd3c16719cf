package org.cradle.application.casenote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * The facts of a case note: one per person the note is about, with its category, so that "who saw my
 * record" answers for each of them.
 */
final class CaseNoteFacts {

    private CaseNoteFacts() {}

    static List<Fact> of(AuditAction action, CaseNoteId note, CaseNoteVersion version) {
        return version.about().stream()
                .<Fact>map(person ->
                        Fact.of(action, RecordType.CASE_NOTE, note.value()).about(person, version.category()))
                .toList();
    }

    /** A correction concerns the people of the corrected version and of the one it replaces. */
    static List<Fact> correction(CaseNoteId note, CaseNoteVersion before, CaseNoteVersion after) {
        Map<PersonId, InformationCategory> whose = new LinkedHashMap<>();
        after.about().forEach(person -> whose.put(person, after.category()));
        before.about().forEach(person -> whose.putIfAbsent(person, before.category()));
        return whose.entrySet().stream()
                .<Fact>map(entry -> Fact.of(AuditAction.CASE_NOTE_CORRECTED, RecordType.CASE_NOTE, note.value())
                        .about(entry.getKey(), entry.getValue()))
                .toList();
    }
}
