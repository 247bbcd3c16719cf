package org.cradle.domain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.chain.ChainVerifier.Current;
import org.junit.jupiter.api.Test;

/** What verification finds when records or the ledger are tampered with, and the form it hashes. */
class ChainVerifierTest {

    /** Three blocks of two records each, sequences 1 to 6. */
    private final List<ChainBlock> chain = new ArrayList<>();

    private final Map<Long, Current> trail = new HashMap<>();

    ChainVerifierTest() {
        byte[] previous = ChainBlock.GENESIS;
        long sequence = 0;
        for (int position = 1; position <= 3; position++) {
            List<ChainBlock.Sealed> records = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sequence++;
                UUID id = UUID.randomUUID();
                byte[] content = content(sequence);
                records.add(new ChainBlock.Sealed(sequence, id, content));
                trail.put(sequence, new Current(id, Optional.of(content)));
            }
            ChainBlock block = ChainBlock.seal(position, ChainedKind.AUDIT_EVENT, records, previous);
            chain.add(block);
            previous = block.blockHash();
        }
    }

    private static byte[] content(long n) {
        return CanonicalForm.of("audit-event").field("n", n).hash();
    }

    private List<Finding> verify(List<ChainBlock> blocks) {
        ChainVerifier verifier = new ChainVerifier(10);
        for (ChainBlock block : blocks) {
            Map<Long, Current> now = new HashMap<>();
            trail.forEach((sequence, current) -> {
                if (sequence >= block.firstSequence() && sequence <= block.lastSequence()) {
                    now.put(sequence, current);
                }
            });
            verifier.check(block, now);
        }
        return verifier.findings();
    }

    private UUID id(long sequence) {
        return chain.get((int) (sequence - 1) / 2)
                .records()
                .get((int) (sequence - 1) % 2)
                .id();
    }

    @Test
    void an_untouched_chain_verifies_record_by_record() {
        ChainVerifier verifier = new ChainVerifier(10);
        chain.forEach(block -> verifier.check(
                block,
                Map.of(
                        block.firstSequence(), trail.get(block.firstSequence()),
                        block.lastSequence(), trail.get(block.lastSequence()))));

        assertThat(verifier.verified()).isEqualTo(6);
        assertThat(verifier.findings()).isEmpty();
    }

    @Test
    void altered_removed_and_inserted_records_are_reported_by_their_ids() {
        trail.put(2L, new Current(id(2), Optional.of(content(99))));
        trail.remove(3L);
        trail.put(5L, new Current(id(5), Optional.empty()));
        List<Finding> findings = verify(chain);

        assertThat(findings)
                .extracting(Finding::tampering, Finding::record)
                .containsExactly(
                        tuple(Finding.Tampering.ALTERED, id(2)),
                        tuple(Finding.Tampering.REMOVED, id(3)),
                        tuple(Finding.Tampering.ALTERED, id(5)));
    }

    @Test
    void a_record_the_sealer_passed_is_reported_as_unsealed_with_the_block_it_follows() {
        UUID passed = UUID.randomUUID();
        ChainVerifier verifier = new ChainVerifier(10);
        chain.forEach(block -> verifier.check(
                block,
                Map.of(
                        block.firstSequence(),
                        trail.get(block.firstSequence()),
                        block.lastSequence(),
                        trail.get(block.lastSequence()))));

        verifier.unsealed(3, ChainedKind.AUDIT_EVENT, passed);

        assertThat(verifier.findings())
                .extracting(Finding::tampering, Finding::position, Finding::record)
                .containsExactly(tuple(Finding.Tampering.UNSEALED, 3L, passed));
        assertThat(verifier.verified())
                .as("what no block holds was not verified")
                .isEqualTo(6);
    }

    @Test
    void a_record_written_in_among_sealed_ones_is_reported_as_inserted() {
        UUID forged = UUID.randomUUID();
        ChainBlock first = chain.get(0);
        ChainBlock widened = ChainBlock.seal(
                1,
                ChainedKind.AUDIT_EVENT,
                List.of(first.records().get(0), new ChainBlock.Sealed(3, id(3), content(3))),
                ChainBlock.GENESIS);
        trail.put(2L, new Current(forged, Optional.of(content(2))));

        ChainVerifier verifier = new ChainVerifier(10);
        verifier.check(widened, Map.of(1L, trail.get(1L), 2L, trail.get(2L), 3L, trail.get(3L)));

        assertThat(verifier.findings())
                .extracting(Finding::tampering, Finding::record)
                .containsExactly(tuple(Finding.Tampering.INSERTED, forged));
    }

    @Test
    void blocks_swapped_or_removed_from_the_ledger_break_the_links_there() {
        List<ChainBlock> swapped = List.of(chain.get(1), chain.get(0), chain.get(2));
        assertThat(verify(swapped))
                .extracting(Finding::tampering, Finding::record)
                .containsExactly(
                        tuple(Finding.Tampering.BROKEN, id(3)),
                        tuple(Finding.Tampering.BROKEN, id(1)),
                        tuple(Finding.Tampering.BROKEN, id(5)));

        assertThat(verify(List.of(chain.get(0), chain.get(2))))
                .extracting(Finding::tampering, Finding::position)
                .containsExactly(tuple(Finding.Tampering.BROKEN, 3L));
    }

    @Test
    void the_canonical_form_is_fixed_text_with_escapes_and_a_mark_for_missing_values() {
        String text = CanonicalForm.of("audit-event")
                .field("subject", "line one\nline \\two")
                .field("missing", (Object) null)
                .field("when", java.time.Instant.parse("2026-12-01T10:15:30.5Z"))
                .field("list", List.of("a,b", "c"))
                .text();

        assertThat(text)
                .isEqualTo("audit-event v1\nsubject=line one\\nline \\\\two\nmissing=~\n"
                        + "when=2026-12-01T10:15:30.500000Z\nlist=a\\\\,b,c\n");
    }
}
