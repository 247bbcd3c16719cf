package org.cradle.adapters.persistence.episode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.cradle.adapters.persistence.Versions;
import org.cradle.adapters.persistence.visibility.VisibilityFilter;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.VisibleRecords;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;

/** Episodes in PostgreSQL. */
@ApplicationScoped
public class PanacheEpisodes implements Episodes {

    private final EpisodeRows rows;

    PanacheEpisodes(EpisodeRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Episode> find(EpisodeId id) {
        return rows.findByIdOptional(id.value()).map(EpisodeMapper::toDomain);
    }

    @Override
    public void add(Episode episode) {
        rows.persist(EpisodeMapper.copy(episode, new EpisodeEntity()));
    }

    @Override
    public Episode update(Episode episode) {
        EpisodeEntity entity = rows.findByIdOptional(episode.id().value())
                .orElseThrow(() -> new IllegalStateException("update of an episode never added: " + episode.id()));
        Versions.requireSame("episode", episode.id(), episode.version(), entity.version);
        EpisodeMapper.copy(episode, entity);
        Versions.flush(rows.getEntityManager(), "episode", episode.id());
        return EpisodeMapper.toDomain(entity);
    }

    @Override
    public Page<Episode> ofFamily(FamilyId family, VisibleRecords visible, PageRequest page) {
        Parameters parameters = Parameters.with("family", family.value());
        String visibleOnly = VisibilityFilter.aboutTheFamily(visible, "organisation", parameters);
        PanacheQuery<EpisodeEntity> query = rows.find(
                "familyId = :family and " + visibleOnly,
                Sort.descending("openedOn").and("id", Sort.Direction.Descending),
                parameters);
        long total = query.count();
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                        .map(EpisodeMapper::toDomain)
                        .toList(),
                page,
                total);
    }
}
