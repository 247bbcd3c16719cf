package org.cradle.application.video;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A small sealed piece held in memory, as a channel for the cipher to open. */
final class InMemoryChannel implements SeekableByteChannel {

    private final ByteBuffer bytes;
    private boolean open = true;

    InMemoryChannel(ByteBuffer bytes) {
        this.bytes = bytes.duplicate();
    }

    @Override
    public int read(ByteBuffer into) {
        if (!bytes.hasRemaining()) {
            return -1;
        }
        int n = Math.min(into.remaining(), bytes.remaining());
        ByteBuffer slice = bytes.duplicate();
        slice.limit(slice.position() + n);
        into.put(slice);
        bytes.position(bytes.position() + n);
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return bytes.position();
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        bytes.position((int) Math.min(newPosition, bytes.limit()));
        return this;
    }

    @Override
    public long size() {
        return bytes.limit();
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
