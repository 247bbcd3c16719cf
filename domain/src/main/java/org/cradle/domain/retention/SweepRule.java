package org.cradle.domain.retention;

import java.time.LocalDate;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;

/**
 * What the sweeper does with a record on a day, and why (the schedule's preamble and precedence, ADR 21):
 * nothing is destroyed or queued under an active hold, whatever its dates; a record whose date has come
 * is destroyed only where a records officer decided so (approved where the organisation requires a second
 * officer) or where its rule ends in destruction and the organisation turned automatic destruction on for
 * that rule; any other record whose date has come goes to the review queue, once. A record is also due on
 * its early review's day (a child's health record where the child died), before its date: it goes to the
 * queue for a records officer to appraise, and is never destroyed automatically for it.
 */
public final class SweepRule {

    public enum Action {
        /** Destroy the record and everything hanging from it that nothing else needs. */
        DESTROY,
        /** Put the record in the review queue: its date has come. */
        QUEUE,
        /** Already in the queue, waiting for a records officer's decision. */
        AWAIT_REVIEW,
        /** Decided for destruction, waiting for a second records officer's approval. */
        AWAIT_APPROVAL,
        /** Under an active legal hold. */
        HELD,
        /** Its date has not come. */
        NOT_DUE
    }

    /** The action, with the reason a records officer reads in the sweep's report. */
    public record Step(Action action, String reason) {

        /** The longest reason: a sentence naming at most the officer who decided and the one who approved. */
        public static final int MAX_REASON_LENGTH = 2 * Actor.MAX_SUBJECT_LENGTH + 200;

        public Step {
            reason = Text.atMost(reason, MAX_REASON_LENGTH);
        }
    }

    private SweepRule() {}

    public static Step stepFor(SweepCandidate record, LocalDate today) {
        if (record.dueOn().isAfter(today)) {
            return new Step(Action.NOT_DUE, "Not due until " + record.dueOn() + ".");
        }
        if (record.held()) {
            return new Step(Action.HELD, "Under an active legal hold: nothing held is destroyed or queued.");
        }
        if (record.destruction().isPresent()) {
            SweepCandidate.DestructionOrder order = record.destruction().get();
            if (order.awaitsApproval()) {
                return new Step(
                        Action.AWAIT_APPROVAL,
                        "Decided for destruction by " + order.decidedBy() + "; waiting for a second records officer.");
            }
            return new Step(
                    Action.DESTROY,
                    "Destroyed as decided by " + order.decidedBy()
                            + order.approvedBy()
                                    .map(by -> ", approved by " + by)
                                    .orElse("") + ".");
        }
        boolean earlyReviewOnly = record.kept().dueForEarlyReviewOn(today);
        if (!earlyReviewOnly
                && record.kept().endAction() == EndAction.DESTROY
                && record.kept().automaticDestruction()) {
            return new Step(
                    Action.DESTROY,
                    "Rule " + record.rule().value() + " ends in destruction, and the organisation turned automatic"
                            + " destruction on for it.");
        }
        if (record.queuedOn().isPresent()) {
            return new Step(
                    Action.AWAIT_REVIEW,
                    "In the review queue since " + record.queuedOn().get() + ", waiting for a records officer.");
        }
        if (earlyReviewOnly) {
            KeptDate.EarlyReview early = record.kept().earlyReview();
            return new Step(
                    Action.QUEUE,
                    "Early review due on " + early.on() + " by " + early.rule().value() + ", before its date of "
                            + record.reviewOn() + ": queued for a records officer to appraise.");
        }
        return new Step(Action.QUEUE, "Due on " + record.reviewOn() + ": queued for a records officer's review.");
    }
}
