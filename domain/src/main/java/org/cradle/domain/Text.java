package org.cradle.domain;

import java.text.Normalizer;

/**
 * The shared rules for text. Every piece of text Cradle accepts is Unicode NFC, so that the same name
 * typed on two keyboards is stored, searched and compared as the same characters; and it holds no
 * character that changes how text is shown without being seen (bidirectional overrides, zero-width
 * spaces, other format characters), no control character other than tab and line breaks, no lone
 * surrogate and no noncharacter: such characters are how a name is made to look like another one,
 * how an export is broken, or how a database refuses to store a value.
 */
public final class Text {

    /** Zero-width non-joiner and joiner: invisible, but part of correct spelling in Persian, Hindi and others. */
    private static final int ZWNJ = 0x200C;

    private static final int ZWJ = 0x200D;

    private Text() {}

    /**
     * Returns the value in NFC, or refuses it when it holds a character no text may hold. Free text may
     * span lines: tab, line feed and carriage return are the only control characters it may hold.
     */
    public static String normalised(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            refuseHidden(field, c);
            i += Character.charCount(c);
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Returns the value in NFC and trimmed, or refuses it when it is missing, blank, longer than
     * {@code maxLength}, spans lines or holds a hidden character, or has no letter or digit at all (a
     * name made only of combining marks or joiners shows as nothing).
     */
    public static String required(String field, String value, int maxLength) {
        return requiredText(field, value, maxLength, false);
    }

    /**
     * As {@link #required}, for free text written in paragraphs (a case note): it may span lines and
     * hold tabs, and is otherwise held to the same rules.
     */
    public static String requiredParagraphs(String field, String value, int maxLength) {
        return requiredText(field, value, maxLength, true);
    }

    private static String requiredText(String field, String value, int maxLength, boolean spansLines) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "required", field + " is required and must not be blank.");
        }
        String trimmed = normalised(field, value).strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(
                    field, "max-length", field + " must be at most " + maxLength + " characters long.");
        }
        if (!spansLines && trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    field, "printable", field + " must not contain control characters such as line breaks.");
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidValueException(field, "visible", field + " must contain at least one letter or digit.");
        }
        return trimmed;
    }

    /** As {@link #required}, but a missing or blank value is allowed and comes back as {@code null}. */
    public static String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : required(field, value, maxLength);
    }

    /**
     * Text Cradle writes itself (an explanation, a reason it gives, a problem's detail) held to the bound
     * the API documents for it: where it would be longer, cut to {@code maxLength} characters, the last
     * an ellipsis. Text a caller wrote is refused when too long, never cut.
     */
    public static String atMost(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    private static void refuseHidden(String field, int c) {
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            throw new InvalidValueException(
                    field, "lone-surrogate", field + " holds a lone UTF-16 surrogate, which is not a character.");
        }
        if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
            throw new InvalidValueException(
                    field, "printable", field + " must not contain control characters (U+" + hex(c) + ").");
        }
        int type = Character.getType(c);
        boolean invisible = (type == Character.FORMAT && c != ZWNJ && c != ZWJ)
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
        if (invisible) {
            throw new InvalidValueException(
                    field,
                    "invisible-character",
                    field + " must not contain invisible formatting characters such as bidirectional overrides or"
                            + " zero-width spaces (U+" + hex(c) + ").");
        }
        if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
            throw new InvalidValueException(
                    field, "noncharacter", field + " holds a Unicode noncharacter (U+" + hex(c) + ").");
        }
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }
}
