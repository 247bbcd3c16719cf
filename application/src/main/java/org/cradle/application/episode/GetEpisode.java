package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/** Shows one episode with its history of periods. */
@ApplicationScoped
public class GetEpisode {

    private final Episodes episodes;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public GetEpisode(Episodes episodes, AuditTrail auditTrail, Clock clock) {
        this.episodes = episodes;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Episode get(Actor actor, EpisodeId id) {
        AccessPolicy.require(actor, Capability.READ_FAMILY_RECORDS);
        Episode episode = episodes.require(id);
        auditTrail.record(
                actor, AuditAction.EPISODE_READ, RecordType.EPISODE, id.value(), episode.family(), clock.instant());
        return episode;
    }
}
