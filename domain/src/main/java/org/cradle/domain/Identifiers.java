package org.cradle.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Turns the text form of an identifier into a UUID; text that cannot name a record names no record. */
public final class Identifiers {

    /** The canonical 8-4-4-4-12 form only: {@link UUID#fromString} is laxer and would let two texts name one record. */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Identifiers() {}

    public static UUID parse(String recordType, String text) {
        try {
            if (text == null || !CANONICAL.matcher(text).matches()) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException(recordType, text);
        }
    }
}
