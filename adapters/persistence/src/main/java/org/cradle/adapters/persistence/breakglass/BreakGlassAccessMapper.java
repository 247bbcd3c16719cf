package org.cradle.adapters.persistence.breakglass;

import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.breakglass.BreakGlassReview;
import org.cradle.domain.breakglass.ReviewOutcome;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/** Translates between a break-glass access and its row. */
final class BreakGlassAccessMapper {

    private BreakGlassAccessMapper() {}

    static BreakGlassAccess toDomain(BreakGlassAccessEntity row) {
        BreakGlassReview review = row.reviewedAt == null
                ? null
                : new BreakGlassReview(
                        row.reviewedBy, ReviewOutcome.valueOf(row.reviewOutcome), row.reviewNote, row.reviewedAt);
        return BreakGlassAccess.reconstitute(
                new BreakGlassAccessId(row.id),
                new FamilyId(row.familyId),
                new OrganisationId(row.organisation),
                row.practitioner,
                row.reason,
                row.grantedAt,
                row.expiresAt,
                review,
                row.version);
    }

    /** Copies the access onto the row, all but the version, which Hibernate keeps. */
    static BreakGlassAccessEntity copy(BreakGlassAccess access, BreakGlassAccessEntity row) {
        row.id = access.id().value();
        row.familyId = access.family().value();
        row.organisation = access.organisation().value();
        row.practitioner = access.practitioner();
        row.reason = access.reason();
        row.grantedAt = access.grantedAt();
        row.expiresAt = access.expiresAt();
        access.review()
                .ifPresentOrElse(
                        review -> {
                            row.reviewedAt = review.at();
                            row.reviewedBy = review.reviewer();
                            row.reviewOutcome = review.outcome().name();
                            row.reviewNote = review.note();
                        },
                        () -> {
                            row.reviewedAt = null;
                            row.reviewedBy = null;
                            row.reviewOutcome = null;
                            row.reviewNote = null;
                        });
        return row;
    }
}
