package org.cradle.contracts.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.chain.ChainLedger;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.chain.ChainBlock;
import org.cradle.domain.chain.ChainVerifier;
import org.cradle.domain.chain.ChainedKind;

/**
 * The chain over an audit trail held in memory (a list, whose order is the trail's sequence, from 1):
 * each seal makes one block of the records not yet sealed, at most {@code max}, hashed from their
 * canonical form as the database hashes them; verification feeds each block and the records as they are
 * now to the verifier. Only audit events are chained here; one sealer, never busy.
 */
public final class InMemoryChainLedger implements ChainLedger {

    private final List<AuditEvent> trail;
    private final List<ChainBlock> blocks = new ArrayList<>();
    private long sealedThrough;

    /** @param trail the audit trail's events, in the order they were recorded */
    public InMemoryChainLedger(List<AuditEvent> trail) {
        this.trail = trail;
    }

    @Override
    public int seal(int max, Instant at) {
        List<ChainBlock.Sealed> records = new ArrayList<>();
        for (long sequence = sealedThrough + 1; sequence <= trail.size() && records.size() < max; sequence++) {
            AuditEvent event = trail.get((int) (sequence - 1));
            records.add(new ChainBlock.Sealed(
                    sequence, event.id(), event.canonical(sequence).hash()));
        }
        if (records.isEmpty()) {
            return 0;
        }
        byte[] previous = blocks.isEmpty()
                ? ChainBlock.GENESIS
                : blocks.get(blocks.size() - 1).blockHash();
        blocks.add(ChainBlock.seal(blocks.size() + 1, ChainedKind.AUDIT_EVENT, records, previous));
        sealedThrough = records.get(records.size() - 1).sequence();
        return records.size();
    }

    @Override
    public void verify(ChainVerifier verifier) {
        for (ChainBlock block : blocks) {
            Map<Long, ChainVerifier.Current> now = new HashMap<>();
            for (long sequence = block.records().get(0).sequence();
                    sequence <= block.records().get(block.records().size() - 1).sequence() && sequence <= trail.size();
                    sequence++) {
                AuditEvent event = trail.get((int) (sequence - 1));
                now.put(
                        sequence,
                        new ChainVerifier.Current(
                                event.id(),
                                Optional.of(event.canonical(sequence).hash())));
            }
            verifier.check(block, now);
        }
    }
}
