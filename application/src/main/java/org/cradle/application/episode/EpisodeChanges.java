package org.cradle.application.episode;

import jakarta.enterprise.context.Dependent;
import java.time.Clock;
import java.time.LocalDate;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;

/**
 * The step the use cases that close, reopen and correct an episode share: the episode found and the
 * change decided (only its organisation changes it; a hidden one is not found), then what follows a
 * change of its periods: the episode stored from the version read, the retention dates of the family's records
 * recomputed in the same transaction (they count from the latest close), and the change audited.
 */
@Dependent
public class EpisodeChanges {

    /** The episode to change, the permit for it, and the day it is in Cradle's time zone. */
    public record OfEpisode(Episode episode, Permit permit, LocalDate today) {}

    private final Access access;
    private final Episodes episodes;
    private final Clock clock;

    public EpisodeChanges(Access access, Episodes episodes, Clock clock) {
        this.access = access;
        this.episodes = episodes;
        this.clock = clock;
    }

    /** The episode, for an actor who may change it; refused, recorded and thrown otherwise. */
    public OfEpisode open(Actor actor, EpisodeId id) {
        Episode episode = access.found(actor, episodes.find(id), RecordType.EPISODE, id.value());
        Permit permit = access.require(
                actor,
                new Need.ChangeRecord(HeldRecord.episode(episode.organisation()), Capability.WRITE_FAMILY_RECORDS),
                episode.family(),
                RecordType.EPISODE,
                episode.id().value());
        return new OfEpisode(episode, permit, LocalDate.now(clock));
    }

    /** The changed episode as stored, its family's dates recomputed and the change audited as {@code action}. */
    public Episode store(OfEpisode changed, AuditAction action) {
        Episode stored = episodes.update(changed.episode());
        changed.permit()
                .handOver(Fact.of(action, RecordType.EPISODE, stored.id().value()));
        return stored;
    }
}
