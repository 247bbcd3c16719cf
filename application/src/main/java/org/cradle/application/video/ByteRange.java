package org.cradle.application.video;

/** Bytes {@code first} to {@code last} of a video, both included: what an HTTP Range names, resolved. */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a range: " + first + "-" + last);
        }
    }

    public static ByteRange whole(long length) {
        return new ByteRange(0, length - 1);
    }

    public long length() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
