package org.cradle.application.family;

import java.util.Objects;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.RecordKeepingMode;

/**
 * A family as a list shows it: what tells one family from another, without its members. Read straight
 * from the list's own query, so that a page of 20 families does not load 20 aggregates with their
 * members only to count them.
 */
public record FamilyListing(
        FamilyId id, FamilyName name, RecordKeepingMode recordKeepingMode, int memberCount, long version) {

    public FamilyListing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recordKeepingMode, "recordKeepingMode");
        if (memberCount < 0) {
            throw new IllegalArgumentException("memberCount must not be negative");
        }
    }
}
