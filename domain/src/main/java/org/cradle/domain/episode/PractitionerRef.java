package org.cradle.domain.episode;

import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;

/** A practitioner as the identity provider knows them (the token subject or user name). */
public record PractitionerRef(String value) {

    public static final int MAX_LENGTH = Actor.MAX_SUBJECT_LENGTH;

    public PractitionerRef {
        value = Text.required("leadPractitioner", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
