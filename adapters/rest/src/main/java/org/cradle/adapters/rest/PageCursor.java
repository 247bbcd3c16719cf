package org.cradle.adapters.rest;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.cradle.application.PageRequest;
import org.cradle.domain.InvalidValueException;

/**
 * The {@code next} value of a list that can resume, and the {@code after} parameter that gives it back:
 * the next page's number and the id of the last item shown, as 28 URL-safe characters. Opaque to
 * clients, so that it can change; it carries no name, since URLs end up in logs. The number is only
 * reported back as {@code page}: where the page starts comes from the id alone (ADR 14).
 */
public final class PageCursor {

    private static final int VERSION = 1;
    private static final int LENGTH = 1 + Integer.BYTES + 2 * Long.BYTES;

    /** Its length as written: base64 without padding, six bits a character. */
    public static final int MAX_LENGTH = (LENGTH * Byte.SIZE + 5) / 6;

    private PageCursor() {}

    static String encode(PageRequest next) {
        ByteBuffer bytes = ByteBuffer.allocate(LENGTH)
                .put((byte) VERSION)
                .putInt(next.page())
                .putLong(next.after().getMostSignificantBits())
                .putLong(next.after().getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The page that {@code text} resumes, of {@code size} items; refuses anything this class did not write. */
    static PageRequest decode(String text, int size) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != LENGTH) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int page = buffer.get() == VERSION ? buffer.getInt() : -1;
        if (page < 1) {
            throw invalid();
        }
        return new PageRequest(page, size, new UUID(buffer.getLong(), buffer.getLong()));
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException(
                "after", "cursor", "after must be the next value of a previous page of this list, unchanged.");
    }
}
