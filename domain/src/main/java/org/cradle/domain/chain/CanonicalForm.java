package org.cradle.domain.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The canonical form of a chained record, version 1 (ADR 16), and its SHA-256. A contract: an entry
 * sealed today must hash the same in ten years, so this form is never edited; a change is a new
 * version.
 *
 * <p>The first line is the record's kind and the form's version ({@code audit-event v1}); then one line
 * per field, in the order the record's {@code canonical()} writes them, as {@code name=value}. Values
 * as stored: instants in ISO 8601 UTC with microseconds, enums by name, collections in the order given
 * with each element's backslashes and commas escaped ({@code \\}, {@code \,}) and joined by {@code ,}.
 * Then the value's backslashes and newlines are escaped ({@code \\}, {@code \n}); a missing value is
 * {@code ~}. UTF-8.
 */
public final class CanonicalForm {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder text = new StringBuilder();

    private CanonicalForm(String kind) {
        text.append(kind).append(" v1\n");
    }

    public static CanonicalForm of(String kind) {
        return new CanonicalForm(kind);
    }

    public CanonicalForm field(String name, Object value) {
        text.append(name)
                .append('=')
                .append(value == null ? "~" : escape(String.valueOf(value)))
                .append('\n');
        return this;
    }

    public CanonicalForm field(String name, Instant value) {
        return field(name, value == null ? null : (Object) INSTANT.format(value));
    }

    public CanonicalForm field(String name, Collection<?> values) {
        return field(
                name,
                values == null
                        ? null
                        : (Object) values.stream()
                                .map(v ->
                                        String.valueOf(v).replace("\\", "\\\\").replace(",", "\\,"))
                                .collect(Collectors.joining(",")));
    }

    /** The text that is hashed. */
    public String text() {
        return text.toString();
    }

    public byte[] hash() {
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** One digest per thread: the sealer hashes every event the trail receives, and a lookup each costs. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    });

    static byte[] sha256(byte[] bytes) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return digest.digest(bytes);
    }
}
