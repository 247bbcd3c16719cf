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
import org.cradle.domain.family.FamilyId;

/** Lists a family's episodes, most recently opened first; each one listed is recorded as read. */
@ApplicationScoped
public class ListEpisodes {

    private final Access access;
    private final Episodes episodes;

    public ListEpisodes(Access access, Episodes episodes) {
        this.access = access;
        this.episodes = episodes;
    }

    @Transactional
    public Page<Episode> list(Actor actor, FamilyId family, PageRequest page) {
        Permit permit = access.require(actor, new Need.SeeFamily(Capability.READ_FAMILY_RECORDS), family);
        Page<Episode> found = episodes.ofFamily(family, permit.visibleRecords(), page);
        permit.handOver(found.items().stream()
                .map(episode -> Fact.of(
                        AuditAction.EPISODE_READ,
                        RecordType.EPISODE,
                        episode.id().value()))
                .toList());
        return found;
    }
}
