package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Need;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;

/** Records that a practitioner left the team around the family: from that day they no longer see its case notes. */
@ApplicationScoped
public class LeaveTeam {

    public record Command(EpisodeId episode, PractitionerRef practitioner, LocalDate leftOn) {}

    private final Access access;
    private final Episodes episodes;
    private final Teams teams;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public LeaveTeam(Access access, Episodes episodes, Teams teams, AuditTrail auditTrail, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.teams = teams;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public TeamMembership leave(Actor actor, Command command) {
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
        TeamMembership current = teams.current(episode.id(), command.practitioner())
                .orElseThrow(() -> new RuleViolationException(
                        "practitioner", "not-on-the-team", command.practitioner() + " is not on the team."));
        TeamMembership left = current.leave(command.leftOn(), LocalDate.ofInstant(permit.at(), clock.getZone()));
        teams.ended(left);
        auditTrail.record(permit.event(
                AuditAction.TEAM_MEMBER_LEFT, RecordType.EPISODE, episode.id().value()));
        return left;
    }
}
