package org.cradle.application.episode;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.VisibleRecords;
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

    /** A family's episodes that are visible, most recently opened first; the total counts only those. */
    Page<Episode> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page);
}
