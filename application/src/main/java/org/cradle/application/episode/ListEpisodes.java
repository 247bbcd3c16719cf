package org.cradle.application.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.family.Families;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.family.FamilyId;

/** Lists a family's episodes, most recently opened first; each one listed is recorded as read. */
@ApplicationScoped
public class ListEpisodes {

    private final Families families;
    private final Episodes episodes;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ListEpisodes(Families families, Episodes episodes, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.episodes = episodes;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Page<Episode> list(Actor actor, FamilyId family, PageRequest page) {
        AccessPolicy.require(actor, Capability.READ_FAMILY_RECORDS);
        families.require(family);
        Page<Episode> found = episodes.ofFamily(family, page);
        Instant now = clock.instant();
        found.items()
                .forEach(episode -> auditTrail.record(
                        actor,
                        AuditAction.EPISODE_READ,
                        RecordType.EPISODE,
                        episode.id().value(),
                        family,
                        now));
        return found;
    }
}
