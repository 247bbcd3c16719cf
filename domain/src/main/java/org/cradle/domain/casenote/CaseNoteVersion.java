package org.cradle.domain.casenote;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.person.PersonId;

/**
 * One version of a case note, never changed once written. The first is the note as written; each
 * later one is a correction, which says why.
 *
 * @param author the token subject of the practitioner who wrote this version
 * @param correctionReason why the note was corrected; absent on the first version only
 */
public record CaseNoteVersion(
        int number, NoteContent content, String author, Instant writtenAt, String correctionReason) {

    public CaseNoteVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if ((number == 1) != (correctionReason == null)) {
            throw new IllegalArgumentException("every correction, and only a correction, has a reason");
        }
    }

    public boolean isCorrection() {
        return number > 1;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(correctionReason);
    }

    public String text() {
        return content.text();
    }

    public InformationCategory category() {
        return content.category();
    }

    public NoteKind kind() {
        return content.kind();
    }

    public Set<PersonId> about() {
        return content.about();
    }

    public Set<PersonId> mentions() {
        return content.mentions();
    }
}
