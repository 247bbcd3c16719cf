package org.cradle.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.ConflictException;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.Text;
import org.cradle.domain.organisation.OrganisationId;

/**
 * A legal hold: while it is active, nothing it covers is queued for destruction or destroyed, whatever its
 * dates (precedence 2 of the schedule). It ends only by a records officer's recorded release, or on the
 * end date recorded on it; never by itself otherwise.
 *
 * @param endsOn the day from which it no longer holds, if one was recorded
 * @param corrections the corrections of its end made after the fact, oldest first
 */
public record LegalHold(
        LegalHoldId id,
        OrganisationId organisation,
        HoldScope scope,
        String reason,
        String authority,
        LocalDate endsOn,
        String placedBy,
        Instant placedAt,
        Optional<Release> release,
        List<EndCorrection> corrections) {

    public static final int MAX_REASON_LENGTH = 2000;
    public static final int MAX_AUTHORITY_LENGTH = 500;

    /** Who released a hold, when and why. */
    public record Release(String by, Instant at, String reason) {
        public Release {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            reason = Text.required("reason", reason, MAX_REASON_LENGTH);
        }
    }

    /**
     * A hold's end corrected after the fact: the day it really ended, or ends, with what was recorded
     * before, who corrected it, when and why.
     *
     * @param endsOnBefore the end recorded before; null if none was
     */
    public record EndCorrection(LocalDate endsOnBefore, LocalDate endsOn, String by, Instant at, String reason) {
        public EndCorrection {
            Objects.requireNonNull(endsOn, "endsOn");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            reason = Text.requiredParagraphs("reason", reason, MAX_REASON_LENGTH);
        }
    }

    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(scope, "scope");
        reason = Text.required("reason", reason, MAX_REASON_LENGTH);
        authority = Text.required("authority", authority, MAX_AUTHORITY_LENGTH);
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(release, "release");
        corrections = List.copyOf(corrections);
    }

    /** A hold placed now; an end date, if given, must be after the day it is placed. */
    public static LegalHold place(
            OrganisationId organisation,
            HoldScope scope,
            String reason,
            String authority,
            LocalDate endsOn,
            String placedBy,
            Instant placedAt,
            LocalDate today) {
        if (endsOn != null && !endsOn.isAfter(today)) {
            throw new InvalidValueException(
                    "endsOn",
                    "after-today",
                    "endsOn must be after today: a hold that has" + " already ended holds nothing.");
        }
        return new LegalHold(
                LegalHoldId.newId(),
                organisation,
                scope,
                reason,
                authority,
                endsOn,
                placedBy,
                placedAt,
                Optional.empty(),
                List.of());
    }

    /** Whether it holds on the day: not released, and its end date, if any, not reached. */
    public boolean activeOn(LocalDate day) {
        return release.isEmpty() && (endsOn == null || day.isBefore(endsOn));
    }

    /** Whether it keeps this record on the day. */
    public boolean holds(RetainedRecord record, LocalDate day) {
        return activeOn(day) && organisation.equals(record.organisation()) && scope.covers(record);
    }

    /** The hold released: once only, by a recorded act. */
    public LegalHold released(String by, Instant at, String why) {
        if (release.isPresent()) {
            throw new ConflictException(
                    "already-released",
                    "The hold was released on " + release.get().at() + " by "
                            + release.get().by() + ".");
        }
        return new LegalHold(
                id,
                organisation,
                scope,
                reason,
                authority,
                endsOn,
                placedBy,
                placedAt,
                Optional.of(new Release(by, at, why)),
                corrections);
    }

    /**
     * The hold with its end corrected after the fact: the day it really ended, which may be in the past on
     * purpose (the proceedings it was placed for ended on a given day, learnt of later), or a later one,
     * always with the reason; the correction is kept on the hold with the end it replaced. Only a hold not
     * released is corrected: a released hold ended by its release.
     */
    public LegalHold endCorrected(LocalDate endsOn, String by, Instant at, String why) {
        if (release.isPresent()) {
            throw new ConflictException(
                    "already-released",
                    "The hold was released on " + release.get().at() + " by "
                            + release.get().by() + ": it ended then.");
        }
        if (endsOn == null) {
            throw new InvalidValueException("endsOn", "required", "endsOn is required: the day the hold ended.");
        }
        Dates.within("endsOn", endsOn);
        String reason = Text.requiredParagraphs("reason", why, MAX_REASON_LENGTH);
        if (endsOn.equals(this.endsOn)) {
            throw new RuleViolationException("endsOn", "nothing-corrected", "The hold already ends on " + endsOn + ".");
        }
        List<EndCorrection> more = new ArrayList<>(corrections);
        more.add(new EndCorrection(this.endsOn, endsOn, by, at, reason));
        return new LegalHold(
                id, organisation, scope, this.reason, authority, endsOn, placedBy, placedAt, release, more);
    }
}
