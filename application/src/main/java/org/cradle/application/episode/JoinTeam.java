package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
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

    private final TeamChanges changes;
    private final Teams teams;

    public JoinTeam(TeamChanges changes, Teams teams) {
        this.changes = changes;
        this.teams = teams;
    }

    @Transactional
    public TeamMembership join(Actor actor, Command command) {
        TeamChanges.OfTeam team = changes.open(actor, command.episode());
        TeamMembership membership = TeamMembership.join(
                team.episode(),
                command.practitioner(),
                command.joinedOn(),
                team.today(),
                actor.subject(),
                team.permit().at());
        teams.add(membership);
        changes.audit(team, AuditAction.TEAM_MEMBER_JOINED);
        return membership;
    }
}
