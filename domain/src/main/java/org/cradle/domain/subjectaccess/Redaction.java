package org.cradle.domain.subjectaccess;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.person.PersonId;

/**
 * One item of a package marked to be withheld, with the reasons, and its review once a records
 * officer has made it. It names the item (kind, record, version), never what the item says: records
 * officers review it without seeing content.
 *
 * @param item the item's place in the package
 * @param thirdParties the people other than the person and the requester whom the item concerns, so
 *     that disclosing it after all is recorded in their trail too
 * @param review absent until reviewed
 */
public record Redaction(
        RedactionId id,
        int item,
        ItemKind kind,
        UUID recordId,
        Integer version,
        Set<RedactionReason> reasons,
        Set<PersonId> thirdParties,
        Review review) {

    public Redaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("a redaction has at least one reason");
        }
        reasons = Set.copyOf(EnumSet.copyOf(reasons));
        thirdParties = Set.copyOf(thirdParties);
    }

    public Optional<Review> reviewed() {
        return Optional.ofNullable(review);
    }

    /** Whether the item stays out of the released package: until reviewed, and once confirmed. */
    public boolean withholds() {
        return review == null || review.outcome() == Review.Outcome.WITHHELD;
    }

    /** Whether a records officer may disclose the item after all: no consent's exclusion binds it. */
    public boolean mayBeDisclosed() {
        return reasons.stream().allMatch(RedactionReason::mayBeDisclosed);
    }

    Redaction reviewedAs(Review made) {
        return new Redaction(id, item, kind, recordId, version, reasons, thirdParties, made);
    }
}
