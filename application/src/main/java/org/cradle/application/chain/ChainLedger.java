package org.cradle.application.chain;

import java.time.Instant;
import org.cradle.domain.chain.ChainVerifier;

/** The ledger of sealed records (ADR 16). */
public interface ChainLedger {

    /**
     * Seals, in sequence order, up to {@code max} records that are safe to seal, as one sealer among
     * any number of instances.
     *
     * @return how many were sealed; -1 when another instance is sealing
     */
    int seal(int max, Instant at);

    /** Feeds every entry, in position order, with its record's content as it is now, to the verifier. */
    void verify(ChainVerifier verifier);
}
