package org.cradle.adapters.persistence.episode;

import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.EpisodePeriod;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;

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
                        .map(p -> new EpisodePeriod(p.openedOn, p.closedOn, p.closeReason, outcome(p)))
                        .toList(),
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
            AllegationOutcome outcome = periods.get(i).outcome();
            row.outcome = outcome == null ? null : outcome.finding().name();
            row.outcomeFoundBy = outcome == null ? null : outcome.foundBy();
            row.outcomeReason = outcome == null ? null : outcome.reason();
            row.outcomeRecordedBy = outcome == null ? null : outcome.recordedBy();
            row.outcomeRecordedAt = outcome == null ? null : outcome.recordedAt();
            if (i >= entity.periods.size()) {
                entity.periods.add(row);
            }
        }
        entity.createdAt = episode.createdAt();
        return entity;
    }

    private static AllegationOutcome outcome(PeriodEmbeddable row) {
        return row.outcome == null
                ? null
                : new AllegationOutcome(
                        AllegationOutcome.Finding.valueOf(row.outcome),
                        row.outcomeFoundBy,
                        row.outcomeReason,
                        row.outcomeRecordedBy,
                        row.outcomeRecordedAt);
    }
}
