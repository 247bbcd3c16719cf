package org.cradle.domain.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What verification finds when records or the ledger are tampered with, and the form it hashes. */
class ChainVerifierTest {

    private final List<UUID> records = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();
    private final List<ChainEntry> chain = new ArrayList<>();

    private void sealFive() {
        byte[] previous = ChainEntry.GENESIS;
        for (int i = 1; i <= 5; i++) {
            UUID record = UUID.randomUUID();
            byte[] content = CanonicalForm.of("audit-event").field("n", i).hash();
            ChainEntry entry = ChainEntry.seal(i, ChainedKind.AUDIT_EVENT, record, content, previous);
            records.add(record);
            contents.add(content);
            chain.add(entry);
            previous = entry.entryHash();
        }
    }

    private ChainVerifier verify(List<ChainEntry> entries, List<Optional<byte[]>> current) {
        ChainVerifier verifier = new ChainVerifier(10);
        for (int i = 0; i < entries.size(); i++) {
            verifier.check(entries.get(i), current.get(i));
        }
        return verifier;
    }

    private List<Optional<byte[]>> asSealed() {
        return contents.stream().map(Optional::of).toList();
    }

    @Test
    void an_untouched_chain_verifies_entry_by_entry() {
        sealFive();

        ChainVerifier verifier = verify(chain, asSealed());

        assertThat(verifier.verified()).isEqualTo(5);
        assertThat(verifier.findings()).isEmpty();
    }

    @Test
    void an_altered_record_and_a_removed_one_are_reported_by_their_ids() {
        sealFive();
        List<Optional<byte[]>> now = new ArrayList<>(asSealed());
        now.set(1, Optional.of(CanonicalForm.of("audit-event").field("n", 99).hash()));
        now.set(3, Optional.empty());

        ChainVerifier verifier = verify(chain, now);

        assertThat(verifier.findings())
                .containsExactly(
                        new Finding(Finding.Problem.ALTERED, 2, ChainedKind.AUDIT_EVENT, records.get(1)),
                        new Finding(Finding.Problem.REMOVED, 4, ChainedKind.AUDIT_EVENT, records.get(3)));
    }

    @Test
    void entries_swapped_or_removed_from_the_ledger_break_the_links_there() {
        sealFive();
        List<ChainEntry> swapped = new ArrayList<>(chain);
        swapped.set(1, chain.get(2));
        swapped.set(2, chain.get(1));
        List<Optional<byte[]>> now = new ArrayList<>(asSealed());
        now.set(1, Optional.of(contents.get(2)));
        now.set(2, Optional.of(contents.get(1)));

        assertThat(verify(swapped, now).findings())
                .extracting(Finding::problem, Finding::record)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Finding.Problem.BROKEN, records.get(2)),
                        org.assertj.core.groups.Tuple.tuple(Finding.Problem.BROKEN, records.get(1)),
                        org.assertj.core.groups.Tuple.tuple(Finding.Problem.BROKEN, records.get(3)));

        List<ChainEntry> gap = new ArrayList<>(chain);
        gap.remove(2);
        List<Optional<byte[]>> gapNow = new ArrayList<>(asSealed());
        gapNow.remove(2);
        assertThat(verify(gap, gapNow).findings())
                .extracting(Finding::problem, Finding::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Finding.Problem.BROKEN, 4L));
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
