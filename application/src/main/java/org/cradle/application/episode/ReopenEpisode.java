package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/** Takes up closed work again, keeping the earlier periods; retention then runs from the latest close. */
@ApplicationScoped
public class ReopenEpisode {

    public record Command(EpisodeId episode, long version, LocalDate reopenedOn) {}

    private final Access access;
    private final Episodes episodes;
    private final EpisodeChanges changes;
    private final Clock clock;

    public ReopenEpisode(Access access, Episodes episodes, EpisodeChanges changes, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Episode reopen(Actor actor, Command command) {
        Episode episode = access.found(
                actor,
                episodes.find(command.episode()),
                RecordType.EPISODE,
                command.episode().value());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(HeldRecord.episode(episode.organisation()), Capability.WRITE_FAMILY_RECORDS),
                episode.family(),
                RecordType.EPISODE,
                episode.id().value());
        episode.reopen(command.version(), command.reopenedOn(), LocalDate.now(clock));
        return changes.store(episode, permit, AuditAction.EPISODE_REOPENED);
    }
}
