package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;

/**
 * Starts a piece of work with a family, for the organisation the actor acts for: only an organisation
 * that works with the family (created its record or accepted a referral) may.
 */
@ApplicationScoped
public class OpenEpisode {

    public record Command(
            FamilyId family, ServiceType serviceType, PractitionerRef leadPractitioner, LocalDate openedOn) {
        public Command {
            if (leadPractitioner == null) {
                throw new InvalidValueException("leadPractitioner", "required", "leadPractitioner is required.");
            }
        }
    }

    private final Access access;
    private final Episodes episodes;
    private final Clock clock;

    public OpenEpisode(Access access, Episodes episodes, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.clock = clock;
    }

    @Transactional
    public Episode open(Actor actor, Command command) {
        Permit permit =
                access.require(actor, new Need.WorkWithFamily(Capability.WRITE_FAMILY_RECORDS), command.family());
        FamilyId family = command.family();
        Episode episode = Episode.open(
                EpisodeId.newId(),
                family,
                command.serviceType(),
                actor.organisation(),
                command.leadPractitioner(),
                command.openedOn(),
                LocalDate.ofInstant(permit.at(), clock.getZone()),
                permit.at());
        episodes.add(episode);
        permit.handOver(Fact.of(
                AuditAction.EPISODE_OPENED, RecordType.EPISODE, episode.id().value()));
        return episode;
    }
}
