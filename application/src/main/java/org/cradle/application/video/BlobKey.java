package org.cradle.application.video;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a blob in the store: lower-case letters, digits, dots, dashes and slashes, so that the same
 * name is a safe relative path on a filesystem and a safe object key in a bucket.
 */
public record BlobKey(String value) {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9./-]{0,199}");

    public BlobKey {
        Objects.requireNonNull(value, "value");
        if (!SAFE.matcher(value).matches() || value.contains("..") || value.contains("//")) {
            throw new IllegalArgumentException("not a safe blob key: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
