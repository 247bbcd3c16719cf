package org.cradle.domain.sharing;

import java.util.Objects;
import org.cradle.domain.Text;

/** One question of the flowchart, its answer and why. */
public record Step(FlowchartQuestion question, boolean yes, String reason) {

    /**
     * The longest reason a step gives. The longest the flowchart writes is the case made for sharing
     * without consent (its rationale and proportionality, {@link WithoutConsent#MAX_TEXT} each) with a
     * line for each subject and category consent does not cover ({@link ShareProposal#MAX_SUBJECTS}
     * subjects, seven categories, under 90 characters a line): under 38,000 characters.
     */
    public static final int MAX_REASON_LENGTH = 40_000;

    public Step {
        Objects.requireNonNull(question, "question");
        reason = Text.atMost(Objects.requireNonNull(reason, "reason"), MAX_REASON_LENGTH);
    }
}
