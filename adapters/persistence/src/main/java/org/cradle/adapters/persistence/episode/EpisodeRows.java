package org.cradle.adapters.persistence.episode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code episode} rows, owned by {@link PanacheEpisodes}: no other bean reaches them. */
@ApplicationScoped
class EpisodeRows implements PanacheRepositoryBase<EpisodeEntity, UUID> {}
