package org.cradle.adapters.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/** The master keyset of a cleartext Tink JSON keyset file, read again when the file changes. */
final class FileMasterKeys implements MasterKeys {

    private final Path file;

    /** Guarded by {@code this}. */
    private Stamp loadedStamp;

    /** Guarded by {@code this}. */
    private KeysetHandle loaded;

    FileMasterKeys(Path file) {
        this.file = Objects.requireNonNull(file, "file");
        current();
    }

    @Override
    public synchronized KeysetHandle current() {
        Stamp stamp;
        try {
            stamp = Stamp.of(file);
        } catch (IOException e) {
            if (loaded != null) {
                return loaded; // being replaced, or briefly missing: keep the keyset last read
            }
            throw new UncheckedIOException("The master keyset file " + file + " cannot be read", e);
        }
        if (stamp.equals(loadedStamp)) {
            return loaded;
        }
        KeysetHandle read;
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            read = TinkKeysets.parseAeadKeyset(json, "The master keyset file " + file);
        } catch (IOException | RuntimeException e) {
            if (loaded != null) {
                return loaded; // half written: keep the keyset last read and try again on the next use
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("The master keyset file " + file + " cannot be read", io);
            }
            throw (RuntimeException) e;
        }
        loaded = read;
        loadedStamp = stamp;
        return read;
    }

    /** What tells that the file has changed. */
    private record Stamp(FileTime modified, long size, Object fileKey) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        }
    }
}
