package org.cradle.application.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** Bytes {@code base} to {@code base + size} of a blob, as a read-only channel: one sealed part, for the cipher to open. */
final class BlobRegion implements SeekableByteChannel {

    private final BlobStore store;
    private final BlobKey key;
    private final long base;
    private final long size;
    private long position;
    private boolean open = true;

    BlobRegion(BlobStore store, BlobKey key, long base, long size) {
        this.store = store;
        this.key = key;
        this.base = base;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer into) throws IOException {
        if (position >= size) {
            return -1;
        }
        ByteBuffer window = into.duplicate();
        int wanted = (int) Math.min(into.remaining(), size - position);
        window.limit(window.position() + wanted);
        int read;
        try {
            read = store.read(key, base + position, window);
        } catch (BlobStore.Missing | BlobStore.Unavailable e) {
            throw new IOException(e.getMessage(), e);
        }
        if (read < 0) {
            // The blob is shorter than recorded: a part is missing.
            throw new IOException("blob " + key + " ends before its recorded size");
        }
        into.position(into.position() + read);
        position += read;
        return read;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
