package org.cradle.domain.access;

import java.util.regex.Pattern;
import org.cradle.domain.InvalidValueException;

/**
 * The organisation a practitioner acts for, as the identity provider names it (an ODS code such as
 * {@code RX1} or a local-authority code). Episodes belong to one; every audit event names one.
 */
public record OrganisationId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public OrganisationId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException(
                    "organisation",
                    "organisation-code",
                    "organisation must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
