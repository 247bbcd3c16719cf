package org.cradle.application.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Seals what the audit trail has committed since the last seal into the chain: a system process, run
 * on a schedule by each instance, of which one seals at a time (ADR 16). Reads no personal data beyond
 * hashing it, so it audits nothing.
 */
@ApplicationScoped
public class SealChain {

    /** Records per transaction: small enough to keep a seal short, large enough to keep up with reads. */
    public static final int BATCH = 20_000;

    private final ChainLedger ledger;
    private final Clock clock;

    public SealChain(ChainLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return how many records were sealed; -1 when another instance is sealing */
    @Transactional
    public int seal() {
        return ledger.seal(BATCH, clock.instant());
    }
}
