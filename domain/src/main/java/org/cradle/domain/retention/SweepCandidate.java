package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.audit.RecordType;

/**
 * A record the sweeper looks at, as its kept date and the organisation's acts leave it: what the sweep
 * rule needs to decide, and what a destruction certificate cites.
 *
 * @param reviewOn the kept date
 * @param held whether an active legal hold covers the record today
 * @param destruction a records officer's decision to destroy it, if one was made
 * @param queuedOn the day a sweep first put it in the review queue, if one has
 */
public record SweepCandidate(
        RecordType recordType,
        UUID recordId,
        OrganisationId organisation,
        UUID family,
        LocalDate reviewOn,
        RuleId rule,
        int ruleVersion,
        Integer settingVersion,
        EndAction endAction,
        boolean automaticDestruction,
        String explanation,
        boolean held,
        Optional<DestructionOrder> destruction,
        Optional<LocalDate> queuedOn) {

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
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(reviewOn, "reviewOn");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(endAction, "endAction");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(destruction, "destruction");
        Objects.requireNonNull(queuedOn, "queuedOn");
    }
}
