package org.cradle.application.chain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.chain.ChainVerifier;
import org.cradle.domain.chain.Finding;

/**
 * Verifies the whole chain for an auditor: every sealed entry against its record as it is now, in
 * bounded memory. Not one transaction: the ledger reads a page at a time, so a long chain holds no
 * transaction open.
 */
@ApplicationScoped
public class VerifyChain {

    /** Findings reported in full; beyond these, only counted. */
    public static final int KEEP = 1000;

    /** What verification found. */
    public record Report(long verified, long findingsCount, List<Finding> findings, Instant startedAt) {}

    private final Access access;
    private final ChainLedger ledger;
    private final Clock clock;

    public VerifyChain(Access access, ChainLedger ledger, Clock clock) {
        this.access = access;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Report verify(Actor actor) {
        access.require(actor, Capability.READ_AUDIT_TRAIL);
        Instant started = clock.instant();
        ChainVerifier verifier = new ChainVerifier(KEEP);
        ledger.verify(verifier);
        return new Report(verifier.verified(), verifier.findingsCount(), verifier.findings(), started);
    }
}
