package org.cradle.domain.family;

import org.cradle.domain.Text;

/** How practitioners refer to the family, such as "Okafor–Bell household". */
public record FamilyName(String value) {

    public static final int MAX_LENGTH = 200;

    public FamilyName {
        value = Text.required("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
