package org.cradle.domain.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Walks the chain in position order, one entry at a time, keeping only the previous entry's hash and
 * what it found: memory does not grow with the chain (ADR 16).
 */
public final class ChainVerifier {

    private byte[] previous = ChainEntry.GENESIS;
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
     * Checks the next entry against the record as it is now: its content hash recomputed, or empty
     * when the record is gone.
     */
    public void check(ChainEntry entry, Optional<byte[]> currentContent) {
        boolean linked =
                entry.position() == expectedPosition && Arrays.equals(entry.previousHash(), previous) && entry.holds();
        if (!linked) {
            found(new Finding(Finding.Problem.BROKEN, entry.position(), entry.kind(), entry.record()));
        } else if (currentContent.isEmpty()) {
            found(new Finding(Finding.Problem.REMOVED, entry.position(), entry.kind(), entry.record()));
        } else if (!Arrays.equals(currentContent.get(), entry.contentHash())) {
            found(new Finding(Finding.Problem.ALTERED, entry.position(), entry.kind(), entry.record()));
        }
        previous = entry.entryHash();
        expectedPosition = entry.position() + 1;
        verified++;
    }

    private void found(Finding finding) {
        findingsCount++;
        if (findings.size() < keep) {
            findings.add(finding);
        }
    }

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
