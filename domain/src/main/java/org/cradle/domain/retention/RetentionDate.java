package org.cradle.domain.retention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cradle.domain.Text;
import org.cradle.domain.person.PersonId;

/**
 * A record's review date with how it was reached: every rule applied, for whom, on which inputs, and
 * which one decided. Kept with the record so that the review queue, the sweeper and the destruction
 * certificate all say the same why.
 *
 * @param status whether there is a date, and if not, why not
 * @param reviewOn the date, when {@link Status#DATED}
 * @param endAction what its deciding rule says happens then
 * @param automaticDestruction whether the organisation destroys records due under that rule without review
 * @param heldBy the active legal holds that keep the record, whatever its dates
 * @param earlyReviews the early reviews still to be done before the date (a child's health record where the
 *     child died: {@code NHS-DEATH-CHILD}), each a rule applied for one person; they move no date, and a
 *     records officer's decision made on or after an early review's day is that review done
 */
public record RetentionDate(
        Status status,
        Optional<LocalDate> reviewOn,
        EndAction endAction,
        boolean automaticDestruction,
        List<Application> applications,
        String explanation,
        List<LegalHoldId> heldBy,
        List<Application> earlyReviews) {

    /**
     * The longest explanation kept: where the rules, a records officer's reason and the holds would say
     * more, it is cut (Cradle's own words; the applications keep every rule's detail).
     */
    public static final int MAX_EXPLANATION_LENGTH = 4000;

    public enum Status {
        /** Dated: the latest of its rules' dates. */
        DATED,
        /** Still operational (its episode is open): no date runs yet. */
        OPEN,
        /** A rule needs an input nobody recorded (a date of birth): no date until it is. */
        INCOMPLETE,
        /** The organisation's sector is not recorded, so no rule can be chosen. */
        UNCLASSIFIED,
        /** Under an active legal hold: no date until every hold on it is released or ends. */
        HELD
    }

    /**
     * One rule applied for one person.
     *
     * @param settingVersion the version of the organisation's setting in force, or null for the schedule's own
     * @param decides whether this application gave the record's date
     */
    public record Application(
            RuleId rule,
            int ruleVersion,
            Integer settingVersion,
            String formula,
            PersonId person,
            Evaluation evaluation,
            boolean decides) {}

    public RetentionDate {
        explanation = Text.atMost(explanation, MAX_EXPLANATION_LENGTH);
        applications = List.copyOf(applications);
        heldBy = List.copyOf(heldBy);
        earlyReviews = List.copyOf(earlyReviews);
        if ((status == Status.DATED) != reviewOn.isPresent()) {
            throw new IllegalArgumentException("a date exactly when dated");
        }
        if (earlyReviews.stream().anyMatch(review -> review.evaluation().date().isEmpty())) {
            throw new IllegalArgumentException("an early review has a date");
        }
    }

    RetentionDate(
            Status status,
            Optional<LocalDate> reviewOn,
            EndAction endAction,
            boolean automaticDestruction,
            List<Application> applications,
            String explanation) {
        this(status, reviewOn, endAction, automaticDestruction, applications, explanation, List.of(), List.of());
    }

    /**
     * The day the earliest early review still to be done is due, while the record is dated: the record
     * goes to the review queue on that day, before its own date. Empty when there is none, and while the
     * record is open, incomplete or held.
     */
    public Optional<LocalDate> earlyReviewOn() {
        return earliestEarlyReview().map(review -> review.evaluation().date().orElseThrow());
    }

    /** The early review that is due first, while the record is dated. */
    public Optional<Application> earliestEarlyReview() {
        if (status != Status.DATED) {
            return Optional.empty();
        }
        return earlyReviews.stream()
                .min(Comparator.comparing(
                        (Application review) -> review.evaluation().date().orElseThrow()));
    }

    /**
     * The date once a records officer decided on the record on {@code day}: every early review due by
     * then has been done, and no longer calls for one.
     */
    public RetentionDate reviewedOn(LocalDate day) {
        List<Application> done = earlyReviews.stream()
                .filter(review -> !review.evaluation().date().orElseThrow().isAfter(day))
                .toList();
        if (done.isEmpty()) {
            return this;
        }
        List<Application> remaining =
                earlyReviews.stream().filter(review -> !done.contains(review)).toList();
        return new RetentionDate(
                status,
                reviewOn,
                endAction,
                automaticDestruction,
                applications,
                explanation + " Early review due on "
                        + done.stream()
                                .map(review -> review.evaluation().date().orElseThrow() + " (" + review.rule() + ")")
                                .distinct()
                                .collect(Collectors.joining(", "))
                        + " done by a records officer's decision of " + day + ".",
                heldBy,
                remaining);
    }

    static RetentionDate undated(Status status, List<Application> applications, String explanation) {
        return new RetentionDate(status, Optional.empty(), EndAction.REVIEW, false, applications, explanation);
    }

    /**
     * The date as a records officer's extension or keep leaves it: the later of the rules' date and the
     * decision's, so that a correction of the facts can still lengthen, never shorten, what an officer
     * decided to keep.
     */
    public RetentionDate extendedTo(LocalDate until, String why) {
        if (status != Status.DATED || !until.isAfter(reviewOn.orElseThrow())) {
            return this;
        }
        return new RetentionDate(
                Status.DATED,
                Optional.of(until),
                endAction,
                automaticDestruction,
                applications,
                "Review on " + until + ", as a records officer decided (" + why + "); by its rules: " + explanation,
                heldBy,
                earlyReviews.stream()
                        .filter(review ->
                                review.evaluation().date().orElseThrow().isBefore(until))
                        .toList());
    }

    /**
     * The date as the holds leave it (precedence 2): with any active hold of the record's organisation
     * covering it, no date at all, the holds named and the date it would otherwise have said.
     */
    public RetentionDate under(List<LegalHold> holds, RetainedRecord record, LocalDate day) {
        List<LegalHoldId> holding = holds.stream()
                .filter(hold -> hold.holds(record, day))
                .map(LegalHold::id)
                .toList();
        if (holding.isEmpty()) {
            return this;
        }
        return new RetentionDate(
                Status.HELD,
                Optional.empty(),
                endAction,
                false,
                applications,
                "Held by " + holding.size() + " legal hold(s) " + holding + ": no date until each is released or"
                        + " ends. Without them: " + explanation,
                holding,
                earlyReviews);
    }
}
