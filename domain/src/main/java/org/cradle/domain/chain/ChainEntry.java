package org.cradle.domain.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One sealed record in the chain: its position, which record, the hash of its canonical content, the
 * previous entry's hash and its own, which binds all of them (ADR 16).
 */
public record ChainEntry(
        long position, ChainedKind kind, UUID record, byte[] contentHash, byte[] previousHash, byte[] entryHash) {

    /** The previous hash of the first entry. */
    public static final byte[] GENESIS = new byte[32];

    public ChainEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(record, "record");
        contentHash = contentHash.clone();
        previousHash = previousHash.clone();
        entryHash = entryHash.clone();
    }

    /** The entry that seals {@code record} at {@code position}, after the entry whose hash is {@code previous}. */
    public static ChainEntry seal(long position, ChainedKind kind, UUID record, byte[] contentHash, byte[] previous) {
        return new ChainEntry(
                position, kind, record, contentHash, previous, link(position, kind, record, contentHash, previous));
    }

    /** SHA-256 of position, kind, record id, content hash and previous hash. */
    public static byte[] link(long position, ChainedKind kind, UUID record, byte[] contentHash, byte[] previous) {
        byte[] name = kind.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES + name.length + 16 + contentHash.length + previous.length)
                .putLong(position)
                .put(name)
                .putLong(record.getMostSignificantBits())
                .putLong(record.getLeastSignificantBits())
                .put(contentHash)
                .put(previous);
        return CanonicalForm.sha256(bytes.array());
    }

    /** Whether the entry's own hash still binds its fields. */
    public boolean holds() {
        return Arrays.equals(entryHash, link(position, kind, record, contentHash, previousHash));
    }

    @Override
    public byte[] contentHash() {
        return contentHash.clone();
    }

    @Override
    public byte[] previousHash() {
        return previousHash.clone();
    }

    @Override
    public byte[] entryHash() {
        return entryHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainEntry e
                && position == e.position
                && kind == e.kind
                && record.equals(e.record)
                && Arrays.equals(contentHash, e.contentHash)
                && Arrays.equals(previousHash, e.previousHash)
                && Arrays.equals(entryHash, e.entryHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, kind, record, Arrays.hashCode(entryHash));
    }
}
