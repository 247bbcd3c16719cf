package org.cradle.domain.sharing;

import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;

/**
 * One thing a share carries, kept apart as fact or opinion: a case note, by id and version, or
 * information described in the decider's words. A case note's kind and category are the version's own,
 * filled in when the note is read ({@link #asWritten}); until then they are {@code null}.
 *
 * @param description what is shared, in the decider's words; for a case note, optional (an excerpt, or
 *     what of the note)
 */
public record SharedItem(
        NoteKind kind, InformationCategory category, String description, CaseNoteId caseNote, Integer version) {

    public static final int MAX_DESCRIPTION = 4000;

    public SharedItem {
        description = Text.optional("description", description, MAX_DESCRIPTION);
        if (caseNote != null) {
            if (version == null || version < 1) {
                throw new InvalidValueException(
                        "version", "required", "version is required with caseNoteId: the version shared, from 1.");
            }
        } else {
            if (version != null) {
                throw new InvalidValueException("version", "without-note", "version names a case note's version.");
            }
            if (kind == null) {
                throw new InvalidValueException("kind", "required", "kind is required: FACT or OPINION.");
            }
            if (category == null) {
                throw new InvalidValueException("category", "required", "category is required.");
            }
            if (description == null) {
                throw new InvalidValueException(
                        "description", "required", "description is required: what is shared, or a caseNoteId.");
            }
        }
    }

    /** A case note's version as shared, its kind and category still to be read. */
    public static SharedItem caseNote(CaseNoteId note, Integer version, String description) {
        return new SharedItem(null, null, description, note, version);
    }

    /** This case note item with the kind and category its version was written with. */
    public SharedItem asWritten(NoteKind writtenKind, InformationCategory writtenCategory) {
        return new SharedItem(writtenKind, writtenCategory, description, caseNote, version);
    }

    public boolean isCaseNote() {
        return caseNote != null;
    }
}
