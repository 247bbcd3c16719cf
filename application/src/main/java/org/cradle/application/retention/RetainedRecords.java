package org.cradle.application.retention;

import java.util.Optional;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.retention.RetainedRecord;

/** What the retention rules need to know of a record, read as one set of facts. */
public interface RetainedRecords {

    /**
     * The episode's record: its organisation's sector, its service type, its end (the latest close of
     * the organisation's episodes with the family, none while one is open: re-use resets the clock), and
     * the family's members with their dates of birth and death.
     */
    Optional<RetainedRecord> ofEpisode(EpisodeId episode);
}
