package org.cradle.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;
import org.cradle.domain.access.OrganisationId;

/**
 * A legal hold: while it is active, nothing it covers is queued for destruction or destroyed, whatever its
 * dates (precedence 2 of the schedule). It ends only by a records officer's recorded release, or on the
 * end date recorded on it; never by itself otherwise.
 *
 * @param endsOn the day from which it no longer holds, if one was recorded
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
        Optional<Release> release) {

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

    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(scope, "scope");
        reason = Text.required("reason", reason, MAX_REASON_LENGTH);
        authority = Text.required("authority", authority, MAX_AUTHORITY_LENGTH);
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(release, "release");
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
                Optional.empty());
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
                Optional.of(new Release(by, at, why)));
    }
}
