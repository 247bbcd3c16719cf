package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/** Shows one episode with its history of periods. */
@ApplicationScoped
public class GetEpisode {

    private final Access access;
    private final Episodes episodes;

    public GetEpisode(Access access, Episodes episodes) {
        this.access = access;
        this.episodes = episodes;
    }

    @Transactional
    public Episode get(Actor actor, EpisodeId id) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(HeldRecord.episode(episode.organisation()), Capability.READ_FAMILY_RECORDS),
                episode.family(),
                RecordType.EPISODE,
                id.value());
        permit.handOver(Fact.of(AuditAction.EPISODE_READ, RecordType.EPISODE, id.value()));
        return episode;
    }
}
