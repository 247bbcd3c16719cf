package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;

/**
 * Names a practitioner on the team around the family of an episode: from then on they see the
 * family's case notes. Only the lead practitioner, a team manager or a safeguarding lead of the
 * episode's organisation may.
 */
@ApplicationScoped
public class JoinTeam {

    public record Command(EpisodeId episode, PractitionerRef practitioner, LocalDate joinedOn) {}

    private final Access access;
    private final Episodes episodes;
    private final Teams teams;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public JoinTeam(Access access, Episodes episodes, Teams teams, AuditTrail auditTrail, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.teams = teams;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public TeamMembership join(Actor actor, Command command) {
        Episode episode = access.found(
                actor,
                episodes.find(command.episode()),
                RecordType.EPISODE,
                command.episode().value());
        Permit permit = access.require(
                actor,
                new Need.ManageTeam(episode.held()),
                episode.family(),
                RecordType.EPISODE,
                episode.id().value());
        TeamMembership membership = TeamMembership.join(
                episode,
                command.practitioner(),
                command.joinedOn(),
                LocalDate.ofInstant(permit.at(), clock.getZone()),
                actor.subject(),
                permit.at());
        teams.add(membership);
        auditTrail.record(permit.event(
                AuditAction.TEAM_MEMBER_JOINED, RecordType.EPISODE, episode.id().value()));
        return membership;
    }
}
