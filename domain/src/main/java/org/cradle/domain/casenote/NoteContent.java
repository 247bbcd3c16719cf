package org.cradle.domain.casenote;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.Family;
import org.cradle.domain.person.PersonId;

/**
 * What one version of a case note says.
 *
 * @param text the note, in paragraphs, at most {@link #MAX_TEXT_LENGTH} characters
 * @param category what kind of information it is; a sensitive category narrows who reads it
 * @param kind fact or opinion
 * @param about whose record it belongs to: the infant, a parent, or both for linked records (at least
 *     one person)
 * @param mentions the other people it names (third-party information, to be redacted when one of the
 *     people it is about asks to see their record); none of them is one it is about
 */
public record NoteContent(
        String text, InformationCategory category, NoteKind kind, Set<PersonId> about, Set<PersonId> mentions) {

    public static final int MAX_TEXT_LENGTH = 20_000;

    /** A note is about, or names, members of one family. */
    public static final int MAX_PEOPLE = Family.MAX_MEMBERS;

    public NoteContent {
        text = Text.requiredParagraphs("text", text, MAX_TEXT_LENGTH);
        if (category == null) {
            throw new InvalidValueException("category", "required", "category is required.");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "required", "kind is required: FACT or OPINION.");
        }
        about = people("about", about);
        if (about.isEmpty()) {
            throw new InvalidValueException(
                    "about", "required", "about must name at least one person whose record the note belongs to.");
        }
        mentions = people("mentions", mentions);
        int index = 0;
        for (PersonId mentioned : mentions) {
            if (about.contains(mentioned)) {
                throw new InvalidValueException(
                        "mentions[" + index + "]",
                        "not-also-about",
                        "Person " + mentioned + " is one the note is about; mentions names only third parties.");
            }
            index++;
        }
    }

    /** The people, in the order given; a person named twice is refused. */
    private static Set<PersonId> people(String field, Set<PersonId> people) {
        if (people == null) {
            return Set.of();
        }
        if (people.size() > MAX_PEOPLE) {
            throw new InvalidValueException(
                    field, "max-items", field + " must name at most " + MAX_PEOPLE + " people.");
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(people));
    }

    /** Content from lists as a caller sends them: a person named twice in one list is refused. */
    public static NoteContent of(
            String text, InformationCategory category, NoteKind kind, List<PersonId> about, List<PersonId> mentions) {
        return new NoteContent(text, category, kind, distinct("about", about), distinct("mentions", mentions));
    }

    private static Set<PersonId> distinct(String field, List<PersonId> people) {
        if (people == null) {
            return null;
        }
        Set<PersonId> seen = new LinkedHashSet<>();
        for (int i = 0; i < people.size(); i++) {
            PersonId person = people.get(i);
            if (person == null) {
                throw new InvalidValueException(field + "[" + i + "]", "required", field + "[" + i + "] is required.");
            }
            if (!seen.add(person)) {
                throw new InvalidValueException(
                        field + "[" + i + "]", "duplicate", "Person " + person + " is named twice in " + field + ".");
            }
        }
        return seen;
    }
}
