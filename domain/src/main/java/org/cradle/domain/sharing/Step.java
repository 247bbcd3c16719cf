package org.cradle.domain.sharing;

import java.util.Objects;

/** One question of the flowchart, its answer and why. */
public record Step(FlowchartQuestion question, boolean yes, String reason) {

    public Step {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(reason, "reason");
    }
}
