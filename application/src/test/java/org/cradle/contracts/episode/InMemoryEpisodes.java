package org.cradle.contracts.episode;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.Episodes;
import org.cradle.contracts.Paging;
import org.cradle.contracts.Uuids;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;

/**
 * Episodes in memory, filtered with the access policy's own rule ({@link VisibleRecords#sees}) where the
 * adapter compiles it to SQL; a change refused unless made to the version stored.
 */
public final class InMemoryEpisodes implements Episodes {

    private final Map<EpisodeId, Episode> episodes = new LinkedHashMap<>();

    @Override
    public Optional<Episode> find(EpisodeId id) {
        return Optional.ofNullable(episodes.get(id)).map(e -> copy(e, e.version()));
    }

    @Override
    public void add(Episode episode) {
        episodes.put(episode.id(), copy(episode, episode.version()));
    }

    @Override
    public Episode update(Episode episode) {
        Episode stored = episodes.get(episode.id());
        if (stored == null) {
            throw new IllegalStateException("update of an episode never added: " + episode.id());
        }
        if (stored.version() != episode.version()) {
            throw new StaleVersionException("episode", episode.id(), episode.version(), stored.version());
        }
        Episode next = copy(episode, episode.version() + 1);
        episodes.put(episode.id(), next);
        return copy(next, next.version());
    }

    @Override
    public Page<Episode> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page) {
        return Paging.page(
                episodes.values().stream()
                        .filter(e -> e.family().equals(family) && visible.sees(e.held()))
                        .sorted(Comparator.comparing(Episode::openedOn)
                                .thenComparing(e -> e.id().value(), Uuids.ORDER)
                                .reversed())
                        .map(e -> copy(e, e.version()))
                        .toList(),
                page);
    }

    /** Every episode held, as stored. */
    public List<Episode> all() {
        return episodes.values().stream().map(e -> copy(e, e.version())).toList();
    }

    private static Episode copy(Episode episode, long version) {
        return Episode.reconstitute(
                episode.id(),
                episode.family(),
                episode.serviceType(),
                episode.organisation(),
                episode.leadPractitioner(),
                episode.periods(),
                episode.corrections(),
                episode.createdAt(),
                version);
    }
}
