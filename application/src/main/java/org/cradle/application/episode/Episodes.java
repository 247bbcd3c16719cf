package org.cradle.application.episode;

import java.util.Collection;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;

/** The episodes of work with families. */
public interface Episodes {

    Optional<Episode> find(EpisodeId id);

    /** The episode, or a not-found error naming it. */
    default Episode require(EpisodeId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("episode", id));
    }

    void add(Episode episode);

    /** Stores a changed episode and returns it as stored, with its new version; refuses with a stale-version error if it changed meanwhile. */
    Episode update(Episode episode);

    /** Whether {@code organisation} has an episode with any of the families: an open one, or any at all. */
    boolean existsWithAny(Collection<FamilyId> families, OrganisationId organisation, boolean openOnly);

    /** A family's episodes, most recently opened first. */
    Page<Episode> ofFamily(FamilyId family, PageRequest page);
}
