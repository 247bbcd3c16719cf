package org.cradle.adapters.storage;

import java.io.InputStream;
import java.nio.ByteBuffer;

/** A buffer's remaining bytes as a stream, read where they lie rather than copied to an array first. */
final class ByteBufferInputStream extends InputStream {

    private final ByteBuffer bytes;

    /** Reads a view of {@code bytes}: the caller's buffer keeps its position, and may be read again. */
    ByteBufferInputStream(ByteBuffer bytes) {
        this.bytes = bytes.duplicate();
    }

    @Override
    public int read() {
        return bytes.hasRemaining() ? bytes.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!bytes.hasRemaining()) {
            return -1;
        }
        int count = Math.min(length, bytes.remaining());
        bytes.get(into, offset, count);
        return count;
    }

    @Override
    public long skip(long count) {
        int skipped = (int) Math.max(0, Math.min(count, bytes.remaining()));
        bytes.position(bytes.position() + skipped);
        return skipped;
    }

    @Override
    public int available() {
        return bytes.remaining();
    }
}
