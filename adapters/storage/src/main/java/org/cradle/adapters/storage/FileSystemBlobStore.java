package org.cradle.adapters.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.cradle.application.video.BlobKey;
import org.cradle.application.video.BlobStore;

/**
 * Blobs as files under a root directory, the key their relative path. A blob being written is {@code
 * <key>.partial}, each part written at its offset, so parts may come in any order and a part written
 * again lands on the same bytes; completing it is a rename, so a reader sees the whole blob or none.
 *
 * <p>A part written again must be as long as the first writing (they are the same bytes, sent again):
 * the file keeps whatever lay past a shorter one.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final String PARTIAL = ".partial";

    /** Not a character a key may hold, so a file being put is never taken for a blob. */
    private static final String TEMPORARY = "~put";

    private final Path root;

    public FileSystemBlobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public String begin(BlobKey key) {
        Path partial = partial(key);
        try {
            Files.createDirectories(partial.getParent());
            try (FileChannel ignored = FileChannel.open(partial, CREATE, WRITE, TRUNCATE_EXISTING)) {
                // Created empty, or emptied: a blob begun again starts again.
            }
        } catch (IOException e) {
            throw IoFailures.of("begin", key, e);
        }
        return "";
    }

    @Override
    public void writePart(BlobKey key, String upload, int number, long offset, ByteBuffer part) {
        // Opened without CREATE: a part of a blob never begun, or deleted meanwhile, is not written.
        try (FileChannel channel = FileChannel.open(partial(key), WRITE)) {
            ByteBuffer bytes = part.duplicate();
            long position = offset;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
        } catch (NoSuchFileException e) {
            throw new Missing(key);
        } catch (IOException e) {
            throw IoFailures.of("write part " + number + " of", key, e);
        }
    }

    @Override
    public void complete(BlobKey key, String upload, int parts) {
        Path partial = partial(key);
        Path blob = blob(key);
        try {
            try (FileChannel channel = FileChannel.open(partial, WRITE)) {
                channel.force(true);
            }
            Files.move(partial, blob, ATOMIC_MOVE, REPLACE_EXISTING);
            syncDirectory(blob.getParent());
        } catch (NoSuchFileException e) {
            // Completed already, by a call whose success its caller never saw.
            if (Files.exists(blob) && !Files.exists(partial)) {
                return;
            }
            throw new Missing(key);
        } catch (IOException e) {
            throw IoFailures.of("complete", key, e);
        }
    }

    @Override
    public long size(BlobKey key) {
        try {
            return Files.size(blob(key));
        } catch (NoSuchFileException e) {
            throw new Missing(key);
        } catch (IOException e) {
            throw IoFailures.of("read the size of", key, e);
        }
    }

    @Override
    public int read(BlobKey key, long position, ByteBuffer into) {
        try (FileChannel channel = FileChannel.open(blob(key), READ)) {
            if (position >= channel.size()) {
                return -1;
            }
            int total = 0;
            while (into.hasRemaining()) {
                int read = channel.read(into, position + total);
                if (read == -1) {
                    break;
                }
                total += read;
            }
            return total;
        } catch (NoSuchFileException e) {
            throw new Missing(key);
        } catch (IOException e) {
            throw IoFailures.of("read", key, e);
        }
    }

    @Override
    public void put(BlobKey key, ByteBuffer bytes) {
        Path blob = blob(key);
        Path temporary = null;
        try {
            Files.createDirectories(blob.getParent());
            temporary = Files.createTempFile(blob.getParent(), blob.getFileName() + TEMPORARY, "");
            try (FileChannel channel = FileChannel.open(temporary, WRITE)) {
                ByteBuffer remaining = bytes.duplicate();
                while (remaining.hasRemaining()) {
                    channel.write(remaining);
                }
                channel.force(true);
            }
            Files.move(temporary, blob, ATOMIC_MOVE, REPLACE_EXISTING);
            temporary = null;
            syncDirectory(blob.getParent());
        } catch (IOException e) {
            throw IoFailures.of("put", key, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<byte[]> get(BlobKey key) {
        try {
            return Optional.of(Files.readAllBytes(blob(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw IoFailures.of("get", key, e);
        }
    }

    @Override
    public void delete(BlobKey key) {
        try {
            Files.deleteIfExists(blob(key));
            Files.deleteIfExists(partial(key));
        } catch (IOException e) {
            throw IoFailures.of("delete", key, e);
        }
    }

    private Path blob(BlobKey key) {
        return root.resolve(key.value());
    }

    private Path partial(BlobKey key) {
        return root.resolve(key.value() + PARTIAL);
    }

    /** A rename is durable only once its directory is: without this a crash may undo a completed blob. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every filesystem lets a directory be opened; the rename stands, only less surely.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The put has failed already, and that failure is the one reported.
        }
    }
}
