package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.TeamMembership;

/** Shows who is and was on the team around the family of an episode, to those who see the episode. */
@ApplicationScoped
public class ListTeam {

    private final Access access;
    private final Episodes episodes;
    private final Teams teams;

    public ListTeam(Access access, Episodes episodes, Teams teams) {
        this.access = access;
        this.episodes = episodes;
        this.teams = teams;
    }

    @Transactional
    public Page<TeamMembership> list(Actor actor, EpisodeId id, PageRequest page) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        Permit permit = access.require(
                actor,
                new Need.SeeRecord(episode.held(), Capability.READ_FAMILY_RECORDS),
                episode.family(),
                RecordType.EPISODE,
                id.value());
        Page<TeamMembership> found = teams.of(id, page);
        permit.handOver(Fact.of(AuditAction.TEAM_READ, RecordType.EPISODE, id.value()));
        return found;
    }
}
