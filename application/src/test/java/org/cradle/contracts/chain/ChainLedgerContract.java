package org.cradle.contracts.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cradle.application.chain.ChainLedger;
import org.cradle.contracts.PortContract;
import org.cradle.domain.chain.ChainVerifier;
import org.cradle.domain.chain.Finding;
import org.junit.jupiter.api.Test;

/**
 * What every ledger of the tamper-evident chain does (ADR 16): sealing, repeated, catches up with
 * every record written before it, never more than it is asked at a time; verification walks what was
 * sealed and reports a record altered since by its id. The PostgreSQL chain is shared by every test
 * (and another test tampers with it on purpose), so this contract speaks only of its own records.
 */
public abstract class ChainLedgerContract extends PortContract {

    /** Findings kept in full: enough for whatever other tests left in a shared chain. */
    private static final int KEEP = 100_000;

    private static final Instant AT = Instant.parse("2026-07-01T09:00:00Z");

    protected abstract ChainLedger ledger();

    /** Writes one more record of a chained kind, committed, and returns its id. */
    protected abstract UUID chained();

    /** Changes the record's content in place, as someone with the database's own rights could. */
    protected abstract void alter(UUID record);

    /** Puts back what {@link #alter} changed. */
    protected abstract void restore(UUID record);

    @Test
    void sealing_catches_up_with_every_record_written_before_and_verification_finds_them_unaltered() {
        sealUntilCaughtUp(1000);
        long before = verify().verified();
        List<UUID> written = List.of(chained(), chained(), chained());

        int sealed = sealUntilCaughtUp(1000);
        ChainVerifier after = verify();

        assertThat(sealed).isGreaterThanOrEqualTo(written.size());
        assertThat(after.verified()).isGreaterThanOrEqualTo(before + written.size());
        assertThat(after.findings()).extracting(Finding::record).doesNotContainAnyElementsOf(written);
    }

    @Test
    void a_seal_never_seals_more_records_than_it_is_asked_for() {
        sealUntilCaughtUp(1000);
        List<UUID> written = List.of(chained(), chained(), chained(), chained(), chained());
        List<Integer> batches = new ArrayList<>();

        sealUntilCaughtUp(2, batches);

        assertThat(batches).allSatisfy(batch -> assertThat(batch).isLessThanOrEqualTo(2));
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(written.size());
    }

    @Test
    void a_record_altered_after_it_was_sealed_is_reported_by_its_id_and_verifies_again_once_put_back() {
        UUID record = chained();
        UUID untouched = chained();
        sealUntilCaughtUp(1000);

        alter(record);
        List<Finding> findings;
        try {
            findings = verify().findings();
        } finally {
            restore(record);
        }

        assertThat(findings)
                .filteredOn(finding -> finding.record().equals(record))
                .extracting(Finding::tampering)
                .containsExactly(Finding.Tampering.ALTERED);
        assertThat(findings).extracting(Finding::record).doesNotContain(untouched);
        assertThat(verify().findings()).extracting(Finding::record).doesNotContain(record, untouched);
    }

    private ChainVerifier verify() {
        ChainVerifier verifier = new ChainVerifier(KEEP);
        ledger().verify(verifier);
        return verifier;
    }

    private int sealUntilCaughtUp(int max) {
        return sealUntilCaughtUp(max, new ArrayList<>());
    }

    /**
     * Seals, each time in a transaction of its own as the sealer's schedule does, until two seals in a
     * row find nothing: a ledger may first note where the records are and seal up to there only once
     * their writers have ended (ADR 16).
     */
    private int sealUntilCaughtUp(int max, List<Integer> batches) {
        int idle = 0;
        for (int run = 0; run < 10_000; run++) {
            int sealed = transaction(() -> ledger().seal(max, AT));
            if (sealed > 0) {
                batches.add(sealed);
                idle = 0;
            } else if (sealed == 0 && ++idle == 2) {
                return batches.stream().mapToInt(Integer::intValue).sum();
            }
        }
        throw new AssertionError("the sealer did not catch up");
    }
}
