package org.cradle.domain.organisation;

import java.util.regex.Pattern;
import org.cradle.domain.InvalidValueException;

/**
 * The organisation a practitioner acts for, as the identity provider names it (an ODS code such as
 * {@code RX1} or a local-authority code). Episodes belong to one; every audit event names one.
 */
public record OrganisationId(String value) {

    /** The longest code Cradle takes. */
    public static final int MAX_LENGTH = 64;

    /** What a code is written with: a letter or digit, then letters, digits, '.', '_', ':' or '-'. */
    public static final String FORM = "^[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}$";

    private static final Pattern WRITTEN = Pattern.compile(FORM);

    public OrganisationId {
        if (value == null || !WRITTEN.matcher(value).matches()) {
            throw new InvalidValueException(
                    "organisation",
                    "organisation-code",
                    "organisation must be 1 to " + MAX_LENGTH
                            + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
