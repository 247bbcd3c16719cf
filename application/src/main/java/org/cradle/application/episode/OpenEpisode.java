package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.FamilyId;

/** Starts a piece of work with a family, for the organisation the actor acts for. */
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

    private final Families families;
    private final Episodes episodes;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public OpenEpisode(Families families, Episodes episodes, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.episodes = episodes;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Episode open(Actor actor, Command command) {
        AccessPolicy.require(actor, Capability.WRITE_FAMILY_RECORDS);
        FamilyId family = families.require(command.family()).id();
        Episode episode = Episode.open(
                EpisodeId.newId(),
                family,
                command.serviceType(),
                actor.organisation(),
                command.leadPractitioner(),
                command.openedOn(),
                LocalDate.now(clock),
                clock.instant());
        episodes.add(episode);
        auditTrail.record(
                actor,
                AuditAction.EPISODE_OPENED,
                RecordType.EPISODE,
                episode.id().value(),
                family,
                clock.instant());
        return episode;
    }
}
