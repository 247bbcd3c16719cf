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
 * <p>Destroying a record does not reach the backups taken before: they hold its rows (and, for a video,
 * its wrapped data key) until they age out, and the certificate says on which day the last of them does,
 * so that a records officer can answer "is it gone everywhere?" with a date, not a guess.
 *
 * @param decision the records officer's decision carried out; empty for an automatic destruction
 * @param backupsAgeOutOn the day the last backup taken before the destruction ages out
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
        LocalDate backupsAgeOutOn,
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
        Objects.requireNonNull(backupsAgeOutOn, "backupsAgeOutOn");
        destroyed = List.copyOf(destroyed);
    }

    /**
     * How a record's content is destroyed: its rows deleted, or for a video its data key destroyed
     * (crypto-shredding), which makes every copy of the sealed bytes unreadable at once, and its blob
     * deleted after.
     */
    public enum Method {
        DELETED,
        CRYPTO_SHREDDED;

        public static Method of(RecordType type) {
            return type == RecordType.VIDEO ? CRYPTO_SHREDDED : DELETED;
        }
    }

    /**
     * The certificate for destroying the record the sweep rule's {@code step} said to destroy.
     *
     * @param backupsAgeOutOn the day the last backup taken before {@code executedAt} ages out
     */
    public static DestructionCertificate issue(
            UUID id,
            SweepCandidate record,
            SweepRule.Step step,
            String executedBy,
            Instant executedAt,
            LocalDate backupsAgeOutOn) {
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
                backupsAgeOutOn,
                List.of());
    }

    /** Whether a records officer's decision, rather than the organisation's automatic destruction, authorised it. */
    public boolean decided() {
        return decision.isPresent();
    }

    public Method method() {
        return Method.of(recordType);
    }

    /**
     * How the record and what went with it were destroyed, and until when a copy survives, in words a
     * records officer can put in front of an auditor.
     */
    public String howDestroyed() {
        String backups = " Backups taken before " + executedAt + " still hold a copy until they age out, the last on "
                + backupsAgeOutOn + ".";
        boolean videosWithIt = destroyed.stream()
                .anyMatch(
                        t -> t.recordType() == RecordType.VIDEO && !t.recordId().equals(recordId));
        if (method() == Method.CRYPTO_SHREDDED) {
            return "Crypto-shredded: the video's data key was destroyed, so no copy of its encrypted bytes (in the"
                    + " store, a replica or a backup) can be read again, and its encrypted blob is deleted from the"
                    + " store after. Backups holding its wrapped data key age out, the last on " + backupsAgeOutOn
                    + ".";
        }
        return "Deleted from the database with the records listed"
                + (videosWithIt
                        ? "; its videos were crypto-shredded (their data keys destroyed, their blobs deleted after)."
                        : ".")
                + backups;
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
                backupsAgeOutOn,
                tombstones);
    }
}
