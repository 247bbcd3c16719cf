package org.cradle.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cradle.domain.audit.RecordType;

/**
 * A record's retention date as last computed and kept, with why: what the review queue shows (never the
 * record's content) and what the sweeper works from.
 *
 * @param reviewOn the date; null when the record is not dated (open, incomplete, unclassified)
 * @param rule the rule that gave the date; null when the record is not dated
 * @param settingVersion the organisation's setting version that applied, or null for the schedule's rule
 * @param queuedOn the day a sweep first found it due and put it in the queue; null until one has
 * @param earlyReview the first early review still to be done before the date, or null
 */
public record KeptDate(
        RecordType type,
        UUID id,
        UUID family,
        LocalDate reviewOn,
        RuleId rule,
        int ruleVersion,
        Integer settingVersion,
        EndAction endAction,
        boolean automaticDestruction,
        String explanation,
        Instant computedAt,
        LocalDate queuedOn,
        EarlyReview earlyReview) {

    /**
     * A day before the record's date on which a records officer appraises it (a child's health record
     * where the child died, {@code NHS-DEATH-CHILD}), with the rule and version that raised it.
     */
    public record EarlyReview(LocalDate on, RuleId rule, int ruleVersion) {
        public EarlyReview {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(rule, "rule");
        }
    }

    public KeptDate {
        if (earlyReview != null && (reviewOn == null || !earlyReview.on().isBefore(reviewOn))) {
            throw new IllegalArgumentException("an early review comes before a date");
        }
    }

    /** The day the record is due in the review queue: its early review's, if one is still to come, or its date. */
    public LocalDate dueOn() {
        return earlyReview != null ? earlyReview.on() : reviewOn;
    }

    /** Whether the record is due on the day by its early review only, its own date still to come. */
    public boolean dueForEarlyReviewOn(LocalDate day) {
        return earlyReview != null && !earlyReview.on().isAfter(day) && reviewOn.isAfter(day);
    }
}
