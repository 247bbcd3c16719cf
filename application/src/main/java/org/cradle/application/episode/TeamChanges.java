package org.cradle.application.episode;

import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/**
 * The step the use cases that name a practitioner on the team around the family and record that one
 * left share: the episode found and the need to manage its team decided (a hidden episode is not found),
 * and the change audited against the episode. Only the change itself differs.
 */
@Dependent
public class TeamChanges {

    /** The episode whose team changes, the permit for it, and the day it is in Cradle's time zone. */
    public record OfTeam(Episode episode, Permit permit, LocalDate today) {}

    private final Access access;
    private final Episodes episodes;
    private final Clock clock;

    public TeamChanges(Access access, Episodes episodes, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.clock = clock;
    }

    /** The episode's team, for an actor who may manage it; refused, recorded and thrown otherwise. */
    public OfTeam open(Actor actor, EpisodeId id) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        Permit permit = access.require(
                actor,
                new Need.ManageTeam(episode.held()),
                episode.family(),
                RecordType.EPISODE,
                episode.id().value());
        return new OfTeam(episode, permit, LocalDate.ofInstant(permit.at(), clock.getZone()));
    }

    /** The team's change audited as {@code action}. */
    public void audit(OfTeam team, AuditAction action) {
        team.permit()
                .handOver(
                        Fact.of(action, RecordType.EPISODE, team.episode().id().value()));
    }
}
