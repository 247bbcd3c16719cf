package org.cradle.domain.chain;

import java.util.UUID;

/** Something verification found wrong, naming the block and the record. */
public record Finding(Tampering tampering, long position, ChainedKind kind, UUID record) {

    /** How the chain was tampered with. */
    public enum Tampering {
        /** The record's content no longer hashes to what was sealed. */
        ALTERED,
        /** The record is gone. */
        REMOVED,
        /** A record sits among sealed ones that no block sealed: written in afterwards. */
        INSERTED,
        /**
         * A record at or below the sequence through which its kind is said to be sealed, between blocks
         * or after the last, that no block holds: the sealer passed it, and nothing will seal it (named
         * with the block it follows, 0 when none).
         */
        UNSEALED,
        /** The block's links do not hold: the ledger was reordered or edited (named by its first record). */
        BROKEN
    }
}
