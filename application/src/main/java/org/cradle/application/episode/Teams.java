package org.cradle.application.episode;

import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;

/** Who is, and was, on the team around the family of each episode. */
public interface Teams {

    /** An episode's memberships, current and past, in the order they began. */
    Page<TeamMembership> of(EpisodeId episode, PageRequest page);

    /** The practitioner's membership that has not ended, if they are on the team. */
    Optional<TeamMembership> current(EpisodeId episode, PractitionerRef practitioner);

    /** Adds a membership; refuses a second one for a practitioner already on the team. */
    void add(TeamMembership membership);

    /** Records that a current membership ended. */
    void ended(TeamMembership membership);
}
