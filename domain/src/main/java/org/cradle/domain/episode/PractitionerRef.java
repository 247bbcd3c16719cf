package org.cradle.domain.episode;

import org.cradle.domain.Text;

/** A practitioner as the identity provider knows them (the token subject or user name). */
public record PractitionerRef(String value) {

    public PractitionerRef {
        value = Text.required("leadPractitioner", value, 255);
    }

    @Override
    public String toString() {
        return value;
    }
}
