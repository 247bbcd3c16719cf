package org.cradle.application.video;

import java.util.Optional;

/**
 * The one range a player asked for, before the video's length is known: {@code first-last}, {@code
 * first-} or the last {@code suffix} bytes ({@code -suffix}). Resolved against the length, as RFC 9110
 * says: a last past the end is the end; a first at or past the end, or an empty suffix, is unsatisfiable.
 */
public record RangeRequest(Long first, Long last, Long suffix) {

    public RangeRequest {
        if (suffix != null ? first != null || last != null : first == null || (last != null && last < first)) {
            throw new IllegalArgumentException("not a byte range");
        }
    }

    /** The bytes to send, or none when the range cannot be satisfied for a video of {@code length} bytes. */
    public Optional<ByteRange> resolve(long length) {
        if (suffix != null) {
            return suffix == 0
                    ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, length - suffix), length - 1));
        }
        if (first >= length) {
            return Optional.empty();
        }
        return Optional.of(new ByteRange(first, last == null ? length - 1 : Math.min(last, length - 1)));
    }

    /** No range in the request: the whole video is unsatisfiable only when it is empty, which none is. */
    public static final class Unsatisfiable extends RuntimeException {
        private final long length;

        public Unsatisfiable(long length) {
            super("The range asked for is not within the video's " + length + " bytes.", null, false, false);
            this.length = length;
        }

        public long length() {
            return length;
        }
    }
}
