package org.cradle.domain.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.person.PersonId;

/**
 * That a person a share was about was told of it after the decision, once telling no longer increased
 * the risk: recorded beside the decision, which is never edited, and taking the person off the list of
 * people still to be told.
 *
 * @param how how they were told, in the practitioner's words (optional)
 */
public record Telling(
        SharingDecisionId decision,
        PersonId person,
        LocalDate toldOn,
        String how,
        String recordedBy,
        Instant recordedAt) {

    public static final int MAX_HOW = 2000;

    public Telling {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(toldOn, "toldOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
