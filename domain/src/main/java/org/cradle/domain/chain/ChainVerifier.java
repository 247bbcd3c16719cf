package org.cradle.domain.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks the chain in position order, one block at a time, keeping only the previous block's hash and
 * what it found: memory does not grow with the chain (ADR 16).
 */
public final class ChainVerifier {

    private byte[] previous = ChainBlock.GENESIS;
    private long expectedPosition = 1;
    private long verified;
    private final List<Finding> findings = new ArrayList<>();
    private long findingsCount;
    private final int keep;

    /** @param keep how many findings to keep in full; the rest are counted */
    public ChainVerifier(int keep) {
        this.keep = keep;
    }

    /**
     * Checks the next block against the records as they are now: every record found between the
     * block's first and last sequence, by sequence, with its content hash recomputed (empty when the
     * row no longer reads as a record of its kind).
     */
    public void check(ChainBlock block, Map<Long, Current> now) {
        if (block.position() != expectedPosition || !Arrays.equals(block.previousHash(), previous) || !block.holds()) {
            found(new Finding(
                    Finding.Tampering.BROKEN,
                    block.position(),
                    block.kind(),
                    block.records().get(0).id()));
        }
        java.util.Set<Long> sealed = new java.util.HashSet<>();
        for (ChainBlock.Sealed record : block.records()) {
            sealed.add(record.sequence());
            Current current = now.get(record.sequence());
            if (current == null) {
                found(new Finding(Finding.Tampering.REMOVED, block.position(), block.kind(), record.id()));
            } else if (!current.id().equals(record.id())
                    || current.contentHash()
                            .map(h -> !Arrays.equals(h, record.contentHash()))
                            .orElse(true)) {
                found(new Finding(Finding.Tampering.ALTERED, block.position(), block.kind(), record.id()));
            }
            verified++;
        }
        now.forEach((sequence, current) -> {
            if (!sealed.contains(sequence)) {
                found(new Finding(Finding.Tampering.INSERTED, block.position(), block.kind(), current.id()));
            }
        });
        previous = block.blockHash();
        expectedPosition = block.position() + 1;
    }

    /**
     * A record the ledger holds as sealed by position (at or below where its kind is sealed through)
     * that no block holds, outside every block's range: the walk of the blocks cannot see it.
     *
     * @param after the block before it, 0 when it comes before the first
     */
    public void unsealed(long after, ChainedKind kind, UUID record) {
        found(new Finding(Finding.Tampering.UNSEALED, after, kind, record));
    }

    /** A record as it is now: its id and its content hash, empty when it no longer reads as a record. */
    public record Current(UUID id, Optional<byte[]> contentHash) {}

    private void found(Finding finding) {
        findingsCount++;
        if (findings.size() < keep) {
            findings.add(finding);
        }
    }

    /** Records checked. */
    public long verified() {
        return verified;
    }

    public long findingsCount() {
        return findingsCount;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
