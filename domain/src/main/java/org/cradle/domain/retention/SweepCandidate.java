package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;

/**
 * A record the sweeper looks at: its kept date, and what the organisation's acts add to it — an active
 * hold, a records officer's decision to destroy it. What the sweep rule decides on, and what a
 * destruction certificate cites.
 *
 * @param kept the record's kept date, which must be a date
 * @param held whether an active legal hold covers the record today
 * @param destruction a records officer's decision to destroy it, if one was made
 */
public record SweepCandidate(
        KeptDate kept, OrganisationId organisation, boolean held, Optional<DestructionOrder> destruction) {

    /** A records officer's decision to destroy the record, and its approval where one was required. */
    public record DestructionOrder(
            UUID decision, String decidedBy, boolean needsApproval, Optional<String> approvedBy) {
        public DestructionOrder {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(approvedBy, "approvedBy");
        }

        boolean awaitsApproval() {
            return needsApproval && approvedBy.isEmpty();
        }
    }

    public SweepCandidate {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(kept.reviewOn(), "kept.reviewOn");
        Objects.requireNonNull(kept.rule(), "kept.rule");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(destruction, "destruction");
    }

    public RecordType recordType() {
        return kept.type();
    }

    public UUID recordId() {
        return kept.id();
    }

    public UUID family() {
        return kept.family();
    }

    public LocalDate reviewOn() {
        return kept.reviewOn();
    }

    /** The day the record is due: its early review's, if one is still to come, or its date. */
    public LocalDate dueOn() {
        return kept.dueOn();
    }

    public RuleId rule() {
        return kept.rule();
    }

    /** The day a sweep first put the record in the review queue, if one has. */
    public Optional<LocalDate> queuedOn() {
        return Optional.ofNullable(kept.queuedOn());
    }
}
