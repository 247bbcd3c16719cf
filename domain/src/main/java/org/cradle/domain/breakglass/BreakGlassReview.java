package org.cradle.domain.breakglass;

import java.time.Instant;
import java.util.Objects;
import org.cradle.domain.Text;
import org.cradle.domain.actor.Actor;

/**
 * What a safeguarding lead or Caldicott guardian found when they looked at a break-glass access.
 *
 * @param reviewer the token subject of the reviewer, of the organisation the practitioner acted for
 * @param note why they found it so; what follows from it
 */
public record BreakGlassReview(String reviewer, ReviewOutcome outcome, String note, Instant at) {

    public BreakGlassReview {
        reviewer = Text.required("reviewer", reviewer, Actor.MAX_SUBJECT_LENGTH);
        Objects.requireNonNull(outcome, "outcome");
        note = Text.requiredParagraphs("note", note, BreakGlassAccess.MAX_TEXT_LENGTH);
        Objects.requireNonNull(at, "at");
    }
}
