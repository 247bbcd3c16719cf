package org.cradle.adapters.persistence.episode;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.cradle.adapters.persistence.Versions;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.episode.Episodes;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;

/** Episodes in PostgreSQL. */
@ApplicationScoped
public class PanacheEpisodes implements Episodes, PanacheRepositoryBase<EpisodeEntity, UUID> {

    @Override
    public Optional<Episode> find(EpisodeId id) {
        return findByIdOptional(id.value()).map(EpisodeMapper::toDomain);
    }

    @Override
    public void add(Episode episode) {
        persist(EpisodeMapper.copy(episode, new EpisodeEntity()));
    }

    @Override
    public Episode update(Episode episode) {
        EpisodeEntity entity = findByIdOptional(episode.id().value())
                .orElseThrow(() -> new IllegalStateException("update of an episode never added: " + episode.id()));
        Versions.requireSame("episode", episode.id(), episode.version(), entity.version);
        EpisodeMapper.copy(episode, entity);
        Versions.flush(getEntityManager(), "episode", episode.id());
        return EpisodeMapper.toDomain(entity);
    }

    @Override
    public boolean existsWithAny(Collection<FamilyId> families, OrganisationId organisation, boolean openOnly) {
        if (families.isEmpty()) {
            return false;
        }
        String query = "familyId in ?1 and organisation = ?2" + (openOnly ? " and closedOn is null" : "");
        return count(query, families.stream().map(FamilyId::value).toList(), organisation.value()) > 0;
    }

    @Override
    public Page<Episode> ofFamily(FamilyId family, PageRequest page) {
        PanacheQuery<EpisodeEntity> query =
                find("familyId", Sort.descending("openedOn").and("id", Sort.Direction.Descending), family.value());
        long total = query.count();
        return new Page<>(
                query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                        .map(EpisodeMapper::toDomain)
                        .toList(),
                page,
                total);
    }
}
