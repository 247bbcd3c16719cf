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
 * Corrects an episode's recorded close after the fact: the day the work really stopped, in the past on
 * purpose, or an allegation's real outcome, with the reason. The correction is kept in the episode's history
 * with what it replaced and who made it, the family's retention dates move with it, and it is audited.
 */
@ApplicationScoped
public class CorrectEpisodeClosure {

    /**
     * @param closedOn the day the work really stopped, or null to leave it
     * @param outcome the allegation's real outcome, or null to leave it
     */
    public record Command(
            EpisodeId episode, long version, LocalDate closedOn, AllegationOutcome.Statement outcome, String reason) {}

    private final Access access;
    private final Episodes episodes;
    private final EpisodeChanges changes;
    private final Clock clock;

    public CorrectEpisodeClosure(Access access, Episodes episodes, EpisodeChanges changes, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Episode correct(Actor actor, Command command) {
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
        episode.correctClosure(
                command.version(),
                command.closedOn(),
                outcome,
                command.reason(),
                actor.subject(),
                permit.at(),
                LocalDate.now(clock));
        return changes.store(episode, permit, AuditAction.EPISODE_CLOSURE_CORRECTED);
    }
}
