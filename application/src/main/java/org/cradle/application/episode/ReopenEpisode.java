package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/** Takes up closed work again, keeping the earlier periods; retention then runs from the latest close. */
@ApplicationScoped
public class ReopenEpisode {

    public record Command(EpisodeId episode, long version, LocalDate reopenedOn) {}

    private final Episodes episodes;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ReopenEpisode(Episodes episodes, AuditTrail auditTrail, Clock clock) {
        this.episodes = episodes;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Episode reopen(Actor actor, Command command) {
        AccessPolicy.require(actor, Capability.WRITE_FAMILY_RECORDS);
        Episode episode = episodes.require(command.episode());
        episode.reopen(command.version(), command.reopenedOn(), LocalDate.now(clock));
        Episode stored = episodes.update(episode);
        auditTrail.record(
                actor,
                AuditAction.EPISODE_REOPENED,
                RecordType.EPISODE,
                episode.id().value(),
                episode.family(),
                clock.instant());
        return stored;
    }
}
