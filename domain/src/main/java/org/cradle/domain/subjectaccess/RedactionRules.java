package org.cradle.domain.subjectaccess;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.cradle.domain.access.AccessDecision;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Which items of a subject-access package are withheld until a records officer has reviewed them, and
 * why. Two rules:
 *
 * <ol>
 *   <li><b>Third-party information</b>: an item about, or naming, anyone other than the person and the
 *       one asking for them (a case note that mentions the father, a decision about mother and baby).
 *   <li><b>Excluded by consent</b>: nothing about a person goes to a family member their consent
 *       excludes. It is the access policy's own rule ({@link Need.ShowToFamilyMember}), asked of the
 *       item's record and of each other person it names: a mention is information about them too.
 * </ol>
 */
public final class RedactionRules {

    private RedactionRules() {}

    /**
     * Why {@code item} may not go to the requester before review; empty when it may go as it is.
     *
     * @param held the item's record as the access policy knows it
     * @param preparer the organisation preparing the package, which knows of the people the item names
     * @param showToRequester the access policy's decision on showing a record to the requester
     *     ({@code ShowToFamilyMember}); the items are what the preparer sees, so a refusal can only be
     *     a consent's exclusion
     */
    public static Set<RedactionReason> reasons(
            ExportItem item,
            HeldRecord held,
            SubjectAccessRequest request,
            OrganisationId preparer,
            Function<HeldRecord, AccessDecision> showToRequester) {
        Set<RedactionReason> reasons = EnumSet.noneOf(RedactionReason.class);
        if (!item.thirdParties(request).isEmpty()) {
            reasons.add(RedactionReason.THIRD_PARTY);
        }
        boolean excluded = !showToRequester.apply(held).allowed()
                || item.concerns().stream()
                        .filter(person -> !held.about().contains(person))
                        .anyMatch(person -> !showToRequester
                                .apply(HeldRecord.details(preparer, Set.of(person)))
                                .allowed());
        if (excluded) {
            reasons.add(RedactionReason.EXCLUDED_BY_CONSENT);
        }
        return reasons;
    }
}
