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
import org.cradle.domain.episode.AllegationOutcome;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/**
 * Closes a piece of work. The close date starts the retention clock of the episode's records; an
 * allegation's close is its conclusion, and records its outcome with who found it and why.
 */
@ApplicationScoped
public class CloseEpisode {

    /**
     * @param reason may be null
     * @param outcome an allegation's outcome, or null
     */
    public record Command(
            EpisodeId episode, long version, LocalDate closedOn, String reason, AllegationOutcome.Statement outcome) {}

    private final Access access;
    private final Episodes episodes;
    private final EpisodeChanges changes;
    private final Clock clock;

    public CloseEpisode(Access access, Episodes episodes, EpisodeChanges changes, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Episode close(Actor actor, Command command) {
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
        AllegationOutcome outcome =
                command.outcome() == null ? null : command.outcome().recordedBy(actor.subject(), permit.at());
        episode.close(command.version(), command.closedOn(), command.reason(), outcome, LocalDate.now(clock));
        return changes.store(episode, permit, AuditAction.EPISODE_CLOSED);
    }
}
