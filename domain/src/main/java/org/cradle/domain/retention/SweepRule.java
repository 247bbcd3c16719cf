package org.cradle.domain.retention;

import java.time.LocalDate;
import org.cradle.domain.Text;
import org.cradle.domain.access.Actor;

/**
 * What the sweeper does with a record on a day, and why (the schedule's preamble and precedence, ADR 21):
 * nothing is destroyed or queued under an active hold, whatever its dates; a record whose date has come
 * is destroyed only where a records officer decided so (approved where the organisation requires a second
 * officer) or where its rule ends in destruction and the organisation turned automatic destruction on for
 * that rule; any other record whose date has come goes to the review queue, once.
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
        if (record.reviewOn().isAfter(today)) {
            return new Step(Action.NOT_DUE, "Not due until " + record.reviewOn() + ".");
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
        if (record.kept().endAction() == EndAction.DESTROY && record.kept().automaticDestruction()) {
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
        return new Step(Action.QUEUE, "Due on " + record.reviewOn() + ": queued for a records officer's review.");
    }
}
