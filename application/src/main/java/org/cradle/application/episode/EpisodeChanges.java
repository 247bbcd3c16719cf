package org.cradle.application.episode;

import jakarta.enterprise.context.Dependent;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.retention.RetentionDates;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;

/**
 * What follows a change of an episode's periods, the step the use cases that close, reopen and correct
 * an episode share: the episode stored from the version read, the retention dates of the family's records
 * recomputed in the same transaction (they count from the latest close), and the change audited.
 */
@Dependent
public class EpisodeChanges {

    private final Episodes episodes;
    private final RetentionDates retentionDates;
    private final AuditTrail auditTrail;

    public EpisodeChanges(Episodes episodes, RetentionDates retentionDates, AuditTrail auditTrail) {
        this.episodes = episodes;
        this.retentionDates = retentionDates;
        this.auditTrail = auditTrail;
    }

    /** The changed episode as stored, its family's dates recomputed and the change audited as {@code action}. */
    public Episode store(Episode changed, Permit permit, AuditAction action) {
        Episode stored = episodes.update(changed);
        retentionDates.recomputeFamily(stored.family());
        auditTrail.record(permit.event(action, RecordType.EPISODE, stored.id().value()));
        return stored;
    }
}
