package org.cradle.application.video;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The buffers an upload fills, part by part: off the heap, so that a multi-gigabyte upload leaves the
 * heap as flat as a small request does, and few, so that many uploads at once cannot exhaust memory.
 * A request that finds none free is told to try again (503), not queued.
 */
public final class ChunkBuffers {

    /** A part's plaintext and its sealed form. */
    public record Pair(ByteBuffer plain, ByteBuffer sealed) {}

    private final int chunkSize;
    private final int sealedSize;
    private final int count;
    private final Semaphore free;
    private final ConcurrentLinkedQueue<Pair> pool = new ConcurrentLinkedQueue<>();

    public ChunkBuffers(int chunkSize, int sealedSize, int count) {
        this.chunkSize = chunkSize;
        this.sealedSize = sealedSize;
        this.count = count;
        this.free = new Semaphore(count);
    }

    public Pair take() {
        if (!free.tryAcquire()) {
            throw new BlobStore.Unavailable("Every upload buffer is in use: too many uploads at once.", null);
        }
        return pair();
    }

    /**
     * A second pair for an upload that is faster with one, while more than half of the pairs are free:
     * an upload never makes another wait or be refused for the sake of its own speed.
     */
    public Optional<Pair> takeSpare() {
        if (free.availablePermits() <= count / 2 || !free.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(pair());
    }

    private Pair pair() {
        Pair pair = pool.poll();
        if (pair == null) {
            pair = new Pair(ByteBuffer.allocateDirect(chunkSize), ByteBuffer.allocateDirect(sealedSize));
        }
        pair.plain().clear();
        pair.sealed().clear();
        return pair;
    }

    public void give(Pair pair) {
        pool.add(pair);
        free.release();
    }
}
