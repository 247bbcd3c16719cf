package org.cradle.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cradle.domain.ConflictException;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.organisation.OrganisationId;

/**
 * A records officer's decision on a record whose date has come: destroy it, extend it to a new date, or
 * keep it with a next review date, always with the reason. Extending and keeping give the record a new
 * date at once; a destruction waits for the sweeper, and first for a second records officer's approval
 * where the organisation requires one.
 *
 * @param until for an extension or a keep, the record's new review date; null for a destruction
 * @param approval who approved a destruction, where a second approval was required, and when
 */
public record ReviewDecision(
        UUID id,
        RecordType recordType,
        UUID recordId,
        OrganisationId organisation,
        Kind kind,
        LocalDate until,
        String reason,
        String decidedBy,
        Instant decidedAt,
        boolean needsApproval,
        Optional<Approval> approval) {

    public static final int MAX_REASON_LENGTH = 2000;

    public enum Kind {
        DESTROY,
        EXTEND,
        KEEP
    }

    public record Approval(String by, Instant at) {
        public Approval {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public ReviewDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        reason = Text.required("reason", reason, MAX_REASON_LENGTH);
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(approval, "approval");
    }

    /**
     * The decision on a record due on {@code today}: an extension or a keep names a day after today, a
     * destruction none; a destruction needs a second officer's approval where {@code secondApproval}.
     */
    public static ReviewDecision decide(
            RecordType type,
            UUID record,
            OrganisationId organisation,
            Kind kind,
            LocalDate until,
            String reason,
            String decidedBy,
            Instant decidedAt,
            LocalDate today,
            boolean secondApproval) {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DESTROY) {
            if (until != null) {
                throw new InvalidValueException("until", "not-for-destruction", "A destruction names no new date.");
            }
        } else {
            if (until == null) {
                throw new InvalidValueException("until", "required", "until is required to extend or keep a record.");
            }
            Dates.within("until", until);
            if (!until.isAfter(today)) {
                throw new InvalidValueException("until", "after-today", "until must be after today.");
            }
        }
        return new ReviewDecision(
                UUID.randomUUID(),
                type,
                record,
                organisation,
                kind,
                until,
                reason,
                decidedBy,
                decidedAt,
                kind == Kind.DESTROY && secondApproval,
                Optional.empty());
    }

    /** Whether the sweeper may carry it out: a destruction approved, or one that needed no approval. */
    public boolean destructionApproved() {
        return kind == Kind.DESTROY && (!needsApproval || approval.isPresent());
    }

    /** A second records officer's approval of a destruction: never the officer who decided it, and once. */
    public ReviewDecision approved(String by, Instant at) {
        if (kind != Kind.DESTROY || !needsApproval) {
            throw new RuleViolationException(
                    "nothing-to-approve", "Only a destruction awaiting a second approval is approved.");
        }
        if (approval.isPresent()) {
            throw new ConflictException(
                    "already-approved",
                    "The destruction was approved by " + approval.get().by() + ".");
        }
        if (by.equals(decidedBy)) {
            throw new RuleViolationException(
                    "same-officer",
                    "A destruction is approved by a second records officer, not the one who decided it.");
        }
        return new ReviewDecision(
                id,
                recordType,
                recordId,
                organisation,
                kind,
                until,
                reason,
                decidedBy,
                decidedAt,
                needsApproval,
                Optional.of(new Approval(by, at)));
    }
}
