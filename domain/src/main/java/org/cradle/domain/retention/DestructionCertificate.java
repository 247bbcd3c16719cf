package org.cradle.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;

/**
 * What is left to show that a record was destroyed, and on what authority: the record's class and id,
 * the rule and version that dated it with the inputs and dates, who decided and approved (or that the
 * organisation's automatic destruction did), who carried it out and when, and the tombstones of
 * everything destroyed with it. It holds no personal data: ids, rules, dates and officers' names.
 *
 * @param decision the records officer's decision carried out; empty for an automatic destruction
 * @param destroyed the tombstones the destruction left, the record's own first
 */
public record DestructionCertificate(
        UUID id,
        RecordType recordType,
        UUID recordId,
        OrganisationId organisation,
        UUID family,
        RuleId rule,
        int ruleVersion,
        Integer settingVersion,
        LocalDate reviewOn,
        String explanation,
        Optional<SweepCandidate.DestructionOrder> decision,
        String reason,
        String executedBy,
        Instant executedAt,
        List<Tombstone> destroyed) {

    /** A record destroyed: its kind and id, kept so that what cited it still resolves to "destroyed". */
    public record Tombstone(RecordType recordType, UUID recordId) {
        public Tombstone {
            Objects.requireNonNull(recordType, "recordType");
            Objects.requireNonNull(recordId, "recordId");
        }
    }

    public DestructionCertificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reviewOn, "reviewOn");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(executedBy, "executedBy");
        Objects.requireNonNull(executedAt, "executedAt");
        destroyed = List.copyOf(destroyed);
    }

    /** The certificate for destroying the record the sweep rule's {@code step} said to destroy. */
    public static DestructionCertificate issue(
            UUID id, SweepCandidate record, SweepRule.Step step, String executedBy, Instant executedAt) {
        if (step.action() != SweepRule.Action.DESTROY) {
            throw new IllegalArgumentException("Only a destruction has a certificate, not " + step.action());
        }
        return new DestructionCertificate(
                id,
                record.recordType(),
                record.recordId(),
                record.organisation(),
                record.family(),
                record.rule(),
                record.kept().ruleVersion(),
                record.kept().settingVersion(),
                record.reviewOn(),
                record.kept().explanation(),
                record.destruction(),
                step.reason(),
                executedBy,
                executedAt,
                List.of());
    }

    /** Whether a records officer's decision, rather than the organisation's automatic destruction, authorised it. */
    public boolean decided() {
        return decision.isPresent();
    }

    public DestructionCertificate withTombstones(List<Tombstone> tombstones) {
        return new DestructionCertificate(
                id,
                recordType,
                recordId,
                organisation,
                family,
                rule,
                ruleVersion,
                settingVersion,
                reviewOn,
                explanation,
                decision,
                reason,
                executedBy,
                executedAt,
                tombstones);
    }
}
