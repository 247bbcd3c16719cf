package org.cradle.application.video;

import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cradle.application.video.VideoSealings.Sealing;
import org.cradle.domain.video.Video;
import org.cradle.domain.video.VideoFormat;
import org.cradle.domain.video.VideoId;

/**
 * A video's bytes, sealed in the store: appended as they arrive, read back by range, checked whole,
 * removed. The plaintext is cut into parts of {@link Sealing#chunkSize()} bytes, each sealed on its own
 * with the video's data key and bound to its place (its index, and whether it is the last); the sealed
 * parts are one blob, each full part the same sealed size, so the part holding any byte is found by
 * arithmetic. Bytes that do not yet make a whole part wait, sealed, in a tail blob named by the offset
 * they end at, with the SHA-256's state sealed beside the video's record: a request that ends anywhere,
 * even cut off, leaves everything it received stored and the next one goes on from there (ADR 31).
 *
 * <p>Nothing here runs in a database transaction; the callers record what happened in their own.
 */
@Dependent
public class VideoBytes {

    /** How much of the request body is read at once. */
    private static final int READ_SIZE = 64 * 1024;

    private final BlobStore store;
    private final VideoCipher cipher;
    private final ChunkBuffers buffers;

    public VideoBytes(BlobStore store, VideoCipher cipher, ChunkBuffers buffers) {
        this.store = store;
        this.cipher = cipher;
        this.buffers = buffers;
    }

    /** What one request appended. */
    public record Appended(
            long bytes, Optional<VideoFormat> sniffed, Sealing sealing, Optional<String> sha256, boolean cutShort) {}

    /** The bytes were not a video of a kind Cradle keeps, or not the kind the upload said. */
    public static final class NotAVideo extends RuntimeException {
        public NotAVideo(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Appends what the body holds, from the upload's offset, never past its length: parts as they fill,
     * the rest as the new tail. A body that breaks off keeps what came before the break.
     *
     * @param declared the format the upload's metadata named, if any: bytes of another are refused
     */
    public Appended append(Video video, Sealing sealing, InputStream body, Optional<VideoFormat> declared) {
        long from = video.received();
        long length = video.length();
        int chunk = sealing.chunkSize();
        ChunkBuffers.Pair pair = buffers.take();
        // A second pair, while many are free, lets a part be written while the next one is read and
        // sealed; without one, each part is written before the next is read.
        Optional<ChunkBuffers.Pair> spare = buffers.takeSpare();
        PartWriter writer = new PartWriter();
        try {
            ByteBuffer plain = pair.plain();
            VideoCipher.RunningDigest digest;
            if (from > 0) {
                digest = cipher.digest(open(sealing, digestAad(sealing.video(), from), sealing.digestState()));
                if (from % chunk != 0) {
                    byte[] tail = store.get(sealing.tail(from))
                            .orElseThrow(() -> new IllegalStateException(
                                    "the tail of video " + sealing.video() + " at " + from + " is missing"));
                    plain.put(open(sealing, tailAad(sealing.video(), from), tail));
                }
            } else {
                digest = cipher.digest(null);
            }
            Sealing current = sealing.upload() == null ? sealing.withUpload(store.begin(sealing.blob())) : sealing;
            long received = from;
            int lastPart = 0;
            Optional<VideoFormat> sniffed = Optional.empty();
            boolean cut = false;
            byte[] read = new byte[READ_SIZE];
            while (received < length) {
                int n;
                try {
                    n = body.read(read, 0, (int) Math.min(Math.min(read.length, plain.remaining()), length - received));
                } catch (IOException e) {
                    cut = true;
                    break;
                }
                if (n < 0) {
                    break;
                }
                plain.put(read, 0, n);
                received += n;
                if (from == 0
                        && sniffed.isEmpty()
                        && (plain.position() >= VideoFormat.SNIFF_LENGTH || received == length)) {
                    sniffed = Optional.of(sniff(plain, declared));
                }
                if (!plain.hasRemaining() || received == length) {
                    long index = (received - 1) / chunk;
                    boolean last = index == (length - 1) / chunk;
                    lastPart = seal(current, pair, digest, index, last);
                    if (!last && current.sealedChunkSize() == 0) {
                        current = current.appended(lastPart, current.digestState(), 0);
                    }
                    // The part before this one is written by now, or its failure is thrown here.
                    writer.await();
                    writer.write(current, index, pair.sealed());
                    if (spare.isPresent()) {
                        ChunkBuffers.Pair next = spare.get();
                        spare = Optional.of(pair);
                        pair = next;
                    } else {
                        writer.await();
                    }
                    pair.plain().clear();
                    plain = pair.plain();
                }
            }
            // Every part is written before anything says it is stored.
            writer.await();
            if (from == 0 && sniffed.isEmpty() && received > 0) {
                // Fewer bytes came than the sniffer reads, and more are to come: tell from those there are.
                sniffed = Optional.of(sniff(plain, declared));
            }
            if (received == length) {
                long parts = (length - 1) / chunk + 1;
                store.complete(current.blob(), current.upload(), (int) parts);
                long size = (parts - 1) * current.sealedChunkSize() + lastPart;
                return new Appended(
                        received - from,
                        sniffed,
                        current.withUpload(null).appended(current.sealedChunkSize(), null, size),
                        Optional.of(digest.hex()),
                        cut);
            }
            plain.flip();
            if (plain.hasRemaining()) {
                store.put(
                        current.tail(received),
                        seal(current, tailAad(current.video(), received), plain, pair.sealed()));
            }
            ByteBuffer sealedState =
                    seal(current, digestAad(current.video(), received), ByteBuffer.wrap(digest.state()), pair.sealed());
            byte[] state = new byte[sealedState.remaining()];
            sealedState.get(state);
            return new Appended(
                    received - from,
                    sniffed,
                    current.appended(current.sealedChunkSize(), state, 0),
                    Optional.empty(),
                    cut);
        } finally {
            // A buffer still being written is not given back until its write has ended.
            writer.settle();
            buffers.give(pair);
            spare.ifPresent(buffers::give);
        }
    }

    /**
     * Writes one sealed part at a time on a thread of its own, so that the next part is read and sealed
     * meanwhile. At most one write is in flight: {@link #await} waits for it and throws its failure.
     */
    private final class PartWriter {

        private CompletableFuture<Void> pending;

        void write(Sealing sealing, long index, ByteBuffer sealed) {
            long offset = index * sealing.sealedChunkSize();
            pending = CompletableFuture.runAsync(
                    () -> store.writePart(sealing.blob(), sealing.upload(), (int) index + 1, offset, sealed), WRITERS);
        }

        void await() {
            if (pending == null) {
                return;
            }
            try {
                pending.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            } finally {
                pending = null;
            }
        }

        /** Waits for a write in flight, whatever its outcome: the request is failing already. */
        void settle() {
            try {
                await();
            } catch (RuntimeException ignored) {
                // the failure that ended the request is the one it reports
            }
        }
    }

    /** The threads that write sealed parts: daemons, as many as uploads write at once, idle ones gone. */
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "video-part-writer");
        thread.setDaemon(true);
        return thread;
    });

    /** Removes the tail left at {@code received}, once the video's record has moved past it. */
    public void forgetTail(Sealing sealing, long received) {
        if (received % sealing.chunkSize() != 0) {
            store.delete(sealing.tail(received));
        }
    }

    /**
     * Writes the bytes of {@code range} to {@code out}, opening only the parts the range touches and, in
     * each, only the segments it touches. A part that does not open (altered, missing) ends the copy with
     * an {@link IOException}: what was sent is never passed off as the whole.
     */
    public void copy(Video video, Sealing sealing, ByteRange range, OutputStream out) throws IOException {
        int chunk = sealing.chunkSize();
        long lastIndex = (video.length() - 1) / chunk;
        byte[] buffer = new byte[READ_SIZE];
        ByteBuffer window = ByteBuffer.wrap(buffer);
        long at = range.first();
        while (at <= range.last()) {
            long index = at / chunk;
            try (SeekableByteChannel part = openPart(sealing, index, lastIndex)) {
                part.position(at - index * chunk);
                long end = Math.min(range.last(), (index + 1) * chunk - 1);
                while (at <= end) {
                    window.clear();
                    window.limit((int) Math.min(buffer.length, end - at + 1));
                    int n = part.read(window);
                    if (n < 0) {
                        throw new IOException("part " + index + " of video " + video.id() + " ends early");
                    }
                    out.write(buffer, 0, n);
                    at += n;
                }
            }
        }
    }

    /**
     * Reads every part through and compares the SHA-256 of the whole with the one taken on the way in:
     * true only when every part opened (so none was altered, swapped or cut) and the digests match.
     */
    public boolean intact(Video video, Sealing sealing) {
        if (sealing.key() == null || video.sha256().isEmpty()) {
            return false;
        }
        try {
            if (store.size(sealing.blob()) != sealing.blobSize()) {
                return false;
            }
            VideoCipher.RunningDigest digest = cipher.digest(null);
            long lastIndex = (video.length() - 1) / sealing.chunkSize();
            ByteBuffer buffer = ByteBuffer.allocate(READ_SIZE);
            long total = 0;
            for (long index = 0; index <= lastIndex; index++) {
                try (SeekableByteChannel part = openPart(sealing, index, lastIndex)) {
                    while (true) {
                        buffer.clear();
                        int n = part.read(buffer);
                        if (n < 0) {
                            break;
                        }
                        buffer.flip();
                        digest.update(buffer);
                        total += n;
                    }
                }
            }
            return total == video.length() && digest.hex().equals(video.sha256().get());
        } catch (IOException | BlobStore.Missing | IllegalStateException e) {
            return false;
        }
    }

    /** Removes the video's blob, finished or not, and the tail it had reached. */
    public void remove(Sealing sealing, long received) {
        store.delete(sealing.blob());
        if (received % sealing.chunkSize() != 0) {
            store.delete(sealing.tail(received));
        }
    }

    private SeekableByteChannel openPart(Sealing sealing, long index, long lastIndex) {
        if (sealing.key() == null) {
            throw new IllegalStateException("the data key of video " + sealing.video() + " was destroyed");
        }
        long base = index * sealing.sealedChunkSize();
        long size = index == lastIndex ? sealing.blobSize() - base : sealing.sealedChunkSize();
        return cipher.open(
                sealing.key(),
                partAad(sealing.video(), index, index == lastIndex),
                new BlobRegion(store, sealing.blob(), base, size));
    }

    /** Digests and seals one part into the pair's sealed buffer; returns its sealed size. */
    private int seal(
            Sealing sealing, ChunkBuffers.Pair pair, VideoCipher.RunningDigest digest, long index, boolean last) {
        ByteBuffer plain = pair.plain();
        plain.flip();
        digest.update(plain.duplicate());
        ByteBuffer sealed = pair.sealed();
        sealed.clear();
        cipher.seal(sealing.key(), partAad(sealing.video(), index, last), plain, sealed);
        sealed.flip();
        int size = sealed.remaining();
        if (!last && sealing.sealedChunkSize() != 0 && size != sealing.sealedChunkSize()) {
            throw new IllegalStateException(
                    "a full part sealed to " + size + " bytes, not " + sealing.sealedChunkSize());
        }
        return size;
    }

    private VideoFormat sniff(ByteBuffer plain, Optional<VideoFormat> declared) {
        ByteBuffer head = plain.duplicate().flip();
        byte[] bytes = new byte[Math.min(head.remaining(), VideoFormat.SNIFF_LENGTH)];
        head.get(bytes);
        VideoFormat format = VideoFormat.sniff(bytes)
                .orElseThrow(() -> new NotAVideo(
                        "The bytes are not an MP4, WebM or QuickTime video, whatever the upload says they are."));
        if (declared.isPresent() && declared.get() != format) {
            throw new NotAVideo(
                    "The upload said " + declared.get().mediaType() + " but the bytes are " + format.mediaType() + ".");
        }
        return format;
    }

    /** Seals a small piece whole (the tail, the digest's state) into a heap buffer of its own. */
    private ByteBuffer seal(Sealing sealing, byte[] aad, ByteBuffer plain, ByteBuffer scratch) {
        scratch.clear();
        cipher.seal(sealing.key(), aad, plain, scratch);
        scratch.flip();
        ByteBuffer copy = ByteBuffer.allocate(scratch.remaining());
        copy.put(scratch).flip();
        return copy;
    }

    private byte[] open(Sealing sealing, byte[] aad, byte[] sealed) {
        ByteBuffer whole = ByteBuffer.wrap(sealed);
        try (SeekableByteChannel channel = cipher.open(sealing.key(), aad, new InMemoryChannel(whole))) {
            ByteBuffer out = ByteBuffer.allocate(sealing.chunkSize() + 1024);
            while (channel.read(out) >= 0) {
                if (!out.hasRemaining()) {
                    throw new IllegalStateException("a sealed piece of video " + sealing.video() + " is too long");
                }
            }
            return Arrays.copyOf(out.array(), out.position());
        } catch (IOException e) {
            throw new IllegalStateException("a sealed piece of video " + sealing.video() + " does not open", e);
        }
    }

    private static byte[] partAad(VideoId video, long index, boolean last) {
        return aad(video, "part/" + index + "/" + (last ? "last" : "more"));
    }

    private static byte[] tailAad(VideoId video, long received) {
        return aad(video, "tail/" + received);
    }

    private static byte[] digestAad(VideoId video, long received) {
        return aad(video, "digest/" + received);
    }

    private static byte[] aad(VideoId video, String what) {
        return ("cradle-video/1/" + video + "/" + what).getBytes(StandardCharsets.US_ASCII);
    }
}
