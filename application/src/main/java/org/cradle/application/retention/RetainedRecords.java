package org.cradle.application.retention;

import java.util.List;
import java.util.Optional;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.retention.RetainedRecord;
import org.cradle.domain.retention.RetainedRecording;

/** What the retention rules need to know of a record, read as one set of facts. */
public interface RetainedRecords {

    /**
     * The episode's record: its organisation's sector, its service type, its end (the latest close of
     * the organisation's episodes with the family, none while one is open: re-use resets the clock), and
     * the family's members with their dates of birth and death.
     */
    Optional<RetainedRecord> ofEpisode(EpisodeId episode);

    /** The records of every episode with the family, whichever organisation's. */
    List<RetainedRecord> ofFamily(FamilyId family);

    /**
     * The family's recordings still kept (an upload under way or a complete video; not one abandoned or
     * destroyed), each with the episode whose record it belongs to.
     */
    List<RetainedRecording> recordingsOfFamily(FamilyId family);

    /** The families the person belongs to. */
    List<FamilyId> familiesOf(PersonId person);

    /**
     * Up to {@code limit} of the families the organisation has episodes with, in id order after
     * {@code after} (from the first when null): a keyset, so that going through an organisation of a
     * million records reads each family once.
     */
    List<FamilyId> familiesWorkedBy(OrganisationId organisation, FamilyId after, int limit);
}
