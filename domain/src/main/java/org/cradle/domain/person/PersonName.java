package org.cradle.domain.person;

import org.cradle.domain.Text;

/** A person's name as they use it. Given name and family name are both required. */
public record PersonName(String givenName, String familyName) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        givenName = Text.required("givenName", givenName, MAX_LENGTH);
        familyName = Text.required("familyName", familyName, MAX_LENGTH);
    }
}
