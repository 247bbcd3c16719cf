package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;

/** Records that a practitioner left the team around the family: from that day they no longer see its case notes. */
@ApplicationScoped
public class LeaveTeam {

    public record Command(EpisodeId episode, PractitionerRef practitioner, LocalDate leftOn) {}

    private final TeamChanges changes;
    private final Teams teams;

    public LeaveTeam(TeamChanges changes, Teams teams) {
        this.changes = changes;
        this.teams = teams;
    }

    @Transactional
    public TeamMembership leave(Actor actor, Command command) {
        TeamChanges.OfTeam team = changes.open(actor, command.episode());
        TeamMembership current = teams.current(team.episode().id(), command.practitioner())
                .orElseThrow(() -> new RuleViolationException(
                        "practitioner", "not-on-the-team", command.practitioner() + " is not on the team."));
        TeamMembership left = current.leave(command.leftOn(), team.today());
        teams.ended(left);
        changes.audit(team, AuditAction.TEAM_MEMBER_LEFT);
        return left;
    }
}
