package org.cradle.adapters.persistence.episode;

import org.cradle.domain.episode.ClosureCorrection;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.EpisodePeriod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/** Translates between an episode and its rows. */
final class EpisodeMapper {

    private EpisodeMapper() {}

    static Episode toDomain(EpisodeEntity entity) {
        return Episode.reconstitute(
                new EpisodeId(entity.id),
                new FamilyId(entity.familyId),
                ServiceType.valueOf(entity.serviceType),
                new OrganisationId(entity.organisation),
                new PractitionerRef(entity.leadPractitioner),
                entity.periods.stream()
                        .map(p -> new EpisodePeriod(
                                p.openedOn, p.closedOn, p.closeReason, OutcomeEmbeddable.toDomain(p.outcome)))
                        .toList(),
                entity.corrections.stream().map(EpisodeMapper::correction).toList(),
                entity.createdAt,
                entity.version);
    }

    /** Copies the episode onto a new or managed entity; the version is Hibernate's to keep. */
    static EpisodeEntity copy(Episode episode, EpisodeEntity entity) {
        entity.id = episode.id().value();
        entity.familyId = episode.family().value();
        entity.serviceType = episode.serviceType().name();
        entity.organisation = episode.organisation().value();
        entity.leadPractitioner = episode.leadPractitioner().value();
        entity.openedOn = episode.openedOn();
        entity.closedOn = episode.closedOn().orElse(null);
        var periods = episode.periods();
        for (int i = 0; i < periods.size(); i++) {
            PeriodEmbeddable row = i < entity.periods.size() ? entity.periods.get(i) : new PeriodEmbeddable();
            row.openedOn = periods.get(i).openedOn();
            row.closedOn = periods.get(i).closedOn();
            row.closeReason = periods.get(i).closeReason();
            row.outcome = OutcomeEmbeddable.of(periods.get(i).outcome());
            if (i >= entity.periods.size()) {
                entity.periods.add(row);
            }
        }
        // Corrections are only ever added.
        var corrections = episode.corrections();
        for (int i = entity.corrections.size(); i < corrections.size(); i++) {
            entity.corrections.add(row(corrections.get(i)));
        }
        entity.createdAt = episode.createdAt();
        return entity;
    }

    private static ClosureCorrectionEmbeddable row(ClosureCorrection correction) {
        ClosureCorrectionEmbeddable row = new ClosureCorrectionEmbeddable();
        row.period = correction.period();
        row.closedOnBefore = correction.closedOnBefore();
        row.closedOn = correction.closedOn();
        row.outcomeBefore = OutcomeEmbeddable.of(correction.outcomeBefore());
        row.outcome = OutcomeEmbeddable.of(correction.outcome());
        row.reason = correction.reason();
        row.correctedBy = correction.correctedBy();
        row.correctedAt = correction.correctedAt();
        return row;
    }

    private static ClosureCorrection correction(ClosureCorrectionEmbeddable row) {
        return new ClosureCorrection(
                row.period,
                row.closedOnBefore,
                row.closedOn,
                OutcomeEmbeddable.toDomain(row.outcomeBefore),
                OutcomeEmbeddable.toDomain(row.outcome),
                row.reason,
                row.correctedBy,
                row.correctedAt);
    }
}
