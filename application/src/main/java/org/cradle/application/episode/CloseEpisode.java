package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
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

    private final EpisodeChanges changes;

    public CloseEpisode(EpisodeChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Episode close(Actor actor, Command command) {
        EpisodeChanges.OfEpisode change = changes.open(actor, command.episode());
        AllegationOutcome outcome = command.outcome() == null
                ? null
                : command.outcome().recordedBy(actor.subject(), change.permit().at());
        change.episode().close(command.version(), command.closedOn(), command.reason(), outcome, change.today());
        return changes.store(change, AuditAction.EPISODE_CLOSED);
    }
}
