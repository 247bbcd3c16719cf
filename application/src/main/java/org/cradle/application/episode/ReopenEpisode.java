package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/** Takes up closed work again, keeping the earlier periods; retention then runs from the latest close. */
@ApplicationScoped
public class ReopenEpisode {

    public record Command(EpisodeId episode, long version, LocalDate reopenedOn) {}

    private final EpisodeChanges changes;

    public ReopenEpisode(EpisodeChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Episode reopen(Actor actor, Command command) {
        EpisodeChanges.OfEpisode change = changes.open(actor, command.episode());
        change.episode().reopen(command.version(), command.reopenedOn(), change.today());
        return changes.store(change, AuditAction.EPISODE_REOPENED);
    }
}
