package org.cradle.domain;

/** The shared rules for free text that identifies or names something: required, trimmed, bounded, printable. */
public final class Text {

    private Text() {}

    /**
     * Returns the trimmed value, or refuses it when it is missing, blank, longer than {@code maxLength}
     * or holds control characters (which have no place in a name and break exports).
     */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "required", field + " is required and must not be blank.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(
                    field, "max-length", field + " must be at most " + maxLength + " characters long.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    field, "printable", field + " must not contain control characters such as line breaks.");
        }
        return trimmed;
    }

    /** As {@link #required}, but a missing or blank value is allowed and comes back as {@code null}. */
    public static String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : required(field, value, maxLength);
    }
}
