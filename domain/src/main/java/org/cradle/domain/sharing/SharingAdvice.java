package org.cradle.domain.sharing;

import java.util.List;
import java.util.Objects;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;

/**
 * The flowchart's answer: where it ended, the path it took with the reason at each step, the consent
 * versions a share relies on, and, when a share without consent is not yet made out, what it lacks.
 *
 * @param reliedOn the consent versions that cover the share (step 4), empty otherwise
 * @param lacking what sharing without consent still needs (rationale, proportionality, a competent
 *     decider), each as the field and rule a refusal names; empty when nothing is lacking
 */
public record SharingAdvice(SharingOutcome outcome, List<Step> path, List<VersionRef> reliedOn, List<Lack> lacking) {

    public SharingAdvice {
        Objects.requireNonNull(outcome, "outcome");
        path = List.copyOf(path);
        reliedOn = List.copyOf(reliedOn);
        lacking = List.copyOf(lacking);
    }

    /**
     * Something a share without consent needs and does not have: one of {@link #KINDS} (a rationale, a
     * proportionality statement, a competent decider), each named by the flowchart's own words.
     */
    public record Lack(String field, String rule, String message) {

        public static final int KINDS = 3;

        /** The longest field, rule or message the flowchart gives a lack. */
        public static final int MAX_LENGTH = 200;
    }

    /** The last step: the one that decided. */
    public Step decidingStep() {
        return path.get(path.size() - 1);
    }
}
