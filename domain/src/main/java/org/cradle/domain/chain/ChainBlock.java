package org.cradle.domain.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One seal of the chain: the records of one kind sealed together, in sequence order, each with the
 * hash of its canonical content, bound to the previous block by its hash (ADR 16). A block per seal,
 * not a row per record, so that sealing writes one row however many records a busy second produced.
 */
public record ChainBlock(long position, ChainedKind kind, List<Sealed> records, byte[] previousHash, byte[] blockHash) {

    /** The previous hash of the first block. */
    public static final byte[] GENESIS = new byte[32];

    /** A record as sealed: its place in its trail, its id and its content hash. */
    public record Sealed(long sequence, UUID id, byte[] contentHash) {

        public Sealed {
            Objects.requireNonNull(id, "id");
            contentHash = contentHash.clone();
        }

        @Override
        public byte[] contentHash() {
            return contentHash.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sealed s
                    && sequence == s.sequence
                    && id.equals(s.id)
                    && Arrays.equals(contentHash, s.contentHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sequence, id, Arrays.hashCode(contentHash));
        }
    }

    public ChainBlock {
        Objects.requireNonNull(kind, "kind");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a block seals at least one record");
        }
        previousHash = previousHash.clone();
        blockHash = blockHash.clone();
    }

    /** The block that seals {@code records} at {@code position}, after the block whose hash is {@code previous}. */
    public static ChainBlock seal(long position, ChainedKind kind, List<Sealed> records, byte[] previous) {
        return new ChainBlock(position, kind, records, previous, link(position, kind, records, previous));
    }

    /** SHA-256 of the position, the kind, each record's sequence, id and content hash, and the previous hash. */
    public static byte[] link(long position, ChainedKind kind, List<Sealed> records, byte[] previous) {
        byte[] name = kind.name().getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES + name.length + records.size() * (8 + 16 + 32) + 32);
        bytes.putLong(position).put(name);
        for (Sealed record : records) {
            bytes.putLong(record.sequence())
                    .putLong(record.id().getMostSignificantBits())
                    .putLong(record.id().getLeastSignificantBits())
                    .put(record.contentHash);
        }
        bytes.put(previous);
        return CanonicalForm.sha256(Arrays.copyOf(bytes.array(), bytes.position()));
    }

    /** Whether the block's own hash still binds what it says it sealed. */
    public boolean holds() {
        return Arrays.equals(blockHash, link(position, kind, records, previousHash));
    }

    public long firstSequence() {
        return records.get(0).sequence();
    }

    public long lastSequence() {
        return records.get(records.size() - 1).sequence();
    }

    @Override
    public byte[] previousHash() {
        return previousHash.clone();
    }

    @Override
    public byte[] blockHash() {
        return blockHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainBlock b
                && position == b.position
                && kind == b.kind
                && records.equals(b.records)
                && Arrays.equals(previousHash, b.previousHash)
                && Arrays.equals(blockHash, b.blockHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, kind, Arrays.hashCode(blockHash));
    }
}
