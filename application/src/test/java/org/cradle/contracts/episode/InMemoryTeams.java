package org.cradle.contracts.episode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.Teams;
import org.cradle.contracts.Paging;
import org.cradle.domain.ConflictException;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.TeamMembership;

/**
 * The teams around the families in memory: one current membership per practitioner and episode. A
 * membership is added current (its end, if it says one, is not kept, as {@code SqlTeams} does not keep
 * it) and ends through {@link #ended}; an episode's memberships come in the order they began, then by
 * practitioner.
 */
public final class InMemoryTeams implements Teams {

    private final List<TeamMembership> memberships = new ArrayList<>();

    @Override
    public Page<TeamMembership> of(EpisodeId episode, PageRequest page) {
        return Paging.page(ofEpisode(episode), page);
    }

    @Override
    public Optional<TeamMembership> current(EpisodeId episode, PractitionerRef practitioner) {
        return memberships.stream()
                .filter(m -> m.episode().equals(episode)
                        && m.practitioner().equals(practitioner)
                        && m.left().isEmpty())
                .findFirst();
    }

    @Override
    public void add(TeamMembership membership) {
        if (current(membership.episode(), membership.practitioner()).isPresent()) {
            throw new ConflictException("already-on-the-team", membership.practitioner() + " is already on the team.");
        }
        memberships.add(new TeamMembership(
                membership.episode(),
                membership.practitioner(),
                membership.joinedOn(),
                null,
                membership.addedBy(),
                membership.addedAt()));
    }

    @Override
    public void ended(TeamMembership membership) {
        current(membership.episode(), membership.practitioner())
                .filter(current -> current.joinedOn().equals(membership.joinedOn()))
                .ifPresent(current -> memberships.set(memberships.indexOf(current), membership));
    }

    /** The episode's memberships, current and past, in the order they began. */
    public List<TeamMembership> ofEpisode(EpisodeId episode) {
        return memberships.stream()
                .filter(m -> m.episode().equals(episode))
                .sorted(Comparator.comparing(TeamMembership::joinedOn)
                        .thenComparing(m -> m.practitioner().value()))
                .toList();
    }
}
