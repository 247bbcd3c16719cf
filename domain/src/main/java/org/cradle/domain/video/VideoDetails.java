package org.cradle.domain.video;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.person.PersonId;

/**
 * What a practitioner records about a session video when its upload is created.
 *
 * @param appearing the members of the family who appear in it
 * @param recordedOn the day of the session
 * @param recordedBy who filmed it (the token subject or user name of the practitioner)
 * @param purposes what it was recorded for
 * @param title an optional label, such as the file's name; never shown outside the organisation
 */
public record VideoDetails(
        Set<PersonId> appearing, LocalDate recordedOn, String recordedBy, Set<VideoPurpose> purposes, String title) {

    public static final int MAX_APPEARING = 20;
    public static final int MAX_TITLE_LENGTH = 200;

    public VideoDetails {
        if (appearing == null || appearing.isEmpty()) {
            throw new InvalidValueException("appearing", "required", "appearing must name at least one person.");
        }
        if (appearing.size() > MAX_APPEARING) {
            throw new InvalidValueException(
                    "appearing", "max-items", "appearing may name at most " + MAX_APPEARING + " people.");
        }
        appearing = Set.copyOf(appearing);
        if (recordedOn == null) {
            throw new InvalidValueException("recordedOn", "required", "recordedOn is required.");
        }
        recordedBy = Text.required("recordedBy", recordedBy, Actor.MAX_SUBJECT_LENGTH);
        if (purposes == null || purposes.isEmpty()) {
            throw new InvalidValueException("purposes", "required", "purposes must name at least one value.");
        }
        purposes = Set.copyOf(purposes);
        title = Text.optional("title", title, MAX_TITLE_LENGTH);
    }

    public Optional<String> label() {
        return Optional.ofNullable(title);
    }
}
