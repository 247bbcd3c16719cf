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

    private final EpisodeChanges changes;

    public CorrectEpisodeClosure(EpisodeChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Episode correct(Actor actor, Command command) {
        EpisodeChanges.OfEpisode change = changes.open(actor, command.episode());
        AllegationOutcome outcome = command.outcome() == null
                ? null
                : command.outcome().recordedBy(actor.subject(), change.permit().at());
        change.episode()
                .correctClosure(
                        command.version(),
                        command.closedOn(),
                        outcome,
                        command.reason(),
                        actor.subject(),
                        change.permit().at(),
                        change.today());
        return changes.store(change, AuditAction.EPISODE_CLOSURE_CORRECTED);
    }
}
