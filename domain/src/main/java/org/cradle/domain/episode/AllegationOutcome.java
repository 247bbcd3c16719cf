package org.cradle.domain.episode;

import java.time.Instant;
import java.util.Objects;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.Text;

/**
 * How an allegation against an adult who works with children was concluded, as recorded on the close of
 * its episode: what was found, who found it and why, and who recorded it when. The retention schedule
 * reads the finding: a malicious allegation's record is destroyed at once (precedence 3 of the schedule:
 * "log the finding and who made it"); every other finding keeps the allegation rule's longer date.
 *
 * @param foundBy who made the finding (the designated officer, a case conclusion meeting), in words
 * @param reason why: the grounds the finding rests on
 * @param recordedBy who recorded it in Cradle
 */
public record AllegationOutcome(Finding finding, String foundBy, String reason, String recordedBy, Instant recordedAt) {

    public static final int MAX_FOUND_BY_LENGTH = 255;
    public static final int MAX_REASON_LENGTH = 2000;

    /** The findings an allegation may conclude with (Keeping children safe in education, part four). */
    public enum Finding {
        /** There is sufficient evidence to prove the allegation. */
        SUBSTANTIATED,
        /** There is insufficient evidence either to prove or disprove it; no presumption of guilt or innocence. */
        UNSUBSTANTIATED,
        /** There is no evidence or proper basis which supports it. */
        UNFOUNDED,
        /** There is sufficient evidence to disprove it. */
        FALSE,
        /** There is sufficient evidence to disprove it, and to show a deliberate act to deceive. */
        MALICIOUS
    }

    /** What a practitioner states of the outcome: the finding, who made it and why. */
    public record Statement(Finding finding, String foundBy, String reason) {
        public Statement {
            if (finding == null) {
                throw new InvalidValueException("finding", "required", "finding is required.");
            }
            foundBy = Text.required("foundBy", foundBy, MAX_FOUND_BY_LENGTH);
            reason = Text.requiredParagraphs("reason", reason, MAX_REASON_LENGTH);
        }

        /** The statement as recorded by {@code by} at {@code at}. */
        public AllegationOutcome recordedBy(String by, Instant at) {
            return new AllegationOutcome(finding, foundBy, reason, by, at);
        }
    }

    public AllegationOutcome {
        Statement stated = new Statement(finding, foundBy, reason);
        foundBy = stated.foundBy();
        reason = stated.reason();
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** Whether the allegation was found malicious: its record is then destroyed at once. */
    public boolean malicious() {
        return finding == Finding.MALICIOUS;
    }

    /** Whether it states the same finding, by the same, for the same reason, whoever recorded it. */
    boolean saysTheSameAs(AllegationOutcome other) {
        return other != null
                && finding == other.finding()
                && foundBy.equals(other.foundBy())
                && reason.equals(other.reason());
    }
}
