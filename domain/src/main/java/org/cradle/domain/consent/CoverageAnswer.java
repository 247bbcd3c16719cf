package org.cradle.domain.consent;

import java.util.List;
import java.util.Optional;

/**
 * The answer for the whole question, and for each category. The whole is {@code COVERED} only when
 * every category is; otherwise it is the most restrictive answer of a category (refused, then
 * withdrawn, expired, not asked), with the consent version it rests on.
 */
public record CoverageAnswer(Coverage coverage, Optional<VersionRef> basis, List<CategoryAnswer> categories) {

    /** A consent version an answer rests on. */
    public record VersionRef(ConsentId consent, int version) {}

    /**
     * @param excludedRecipient the recipient is a family member the person excluded from seeing or being told
     */
    public record CategoryAnswer(
            InformationCategory category, Coverage coverage, Optional<VersionRef> basis, boolean excludedRecipient) {}
}
