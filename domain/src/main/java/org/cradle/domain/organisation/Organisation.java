package org.cradle.domain.organisation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;

/**
 * An organisation Cradle knows by name: one that acts in it (its code is in practitioners' tokens) or
 * that consents name as a recipient. Consent receipts name the organisation as the controller, with
 * its contact address.
 *
 * @param sector which retention schedule its records fall under; null until an administrator records it,
 *     and until then its records have no review date
 */
public record Organisation(OrganisationId id, String name, String contactEmail, Sector sector) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Organisation {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, MAX_NAME_LENGTH);
        contactEmail = Text.optional("contactEmail", contactEmail, MAX_EMAIL_LENGTH);
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            throw new InvalidValueException("contactEmail", "email", "contactEmail must be an email address.");
        }
    }

    /** An organisation whose sector is not recorded. */
    public Organisation(OrganisationId id, String name, String contactEmail) {
        this(id, name, contactEmail, null);
    }

    public Optional<String> contact() {
        return Optional.ofNullable(contactEmail);
    }
}
