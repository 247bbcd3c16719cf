package org.cradle.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.organisation.OrganisationId;

/**
 * One version of a consent, never changed once recorded. A review or a withdrawal adds a version; the
 * one in force on a day is the latest whose {@code effectiveFrom} is not after it.
 *
 * @param change what produced this version
 * @param decision the person's decision: for a withdrawal, the decision it withdrew
 * @param terms what the decision is about: for a withdrawal, the terms it withdrew
 * @param effectiveFrom from when this version holds: the terms' effective date, or the day of a withdrawal
 * @param recordedBy the subject of the practitioner who recorded it
 * @param recordedFor the organisation they recorded it for
 */
public record ConsentVersion(
        int number,
        ConsentChange change,
        Decision decision,
        ConsentTerms terms,
        LocalDate effectiveFrom,
        Instant recordedAt,
        String recordedBy,
        OrganisationId recordedFor) {

    public ConsentVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedFor, "recordedFor");
    }

    /** Where this version leaves the consent on {@code day}: a given consent past its review date has expired. */
    public ConsentStatus statusOn(LocalDate day) {
        if (change == ConsentChange.WITHDRAWN) {
            return ConsentStatus.WITHDRAWN;
        }
        if (decision == Decision.REFUSED) {
            return ConsentStatus.REFUSED;
        }
        return day.isAfter(terms.reviewBy()) ? ConsentStatus.EXPIRED : ConsentStatus.GIVEN;
    }

    public boolean isWithdrawal() {
        return change == ConsentChange.WITHDRAWN;
    }
}
