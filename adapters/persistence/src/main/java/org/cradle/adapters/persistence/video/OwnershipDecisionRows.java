package org.cradle.adapters.persistence.video;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code video_ownership_decision} rows, owned by {@link PanacheVideos}; only ever inserted. */
@ApplicationScoped
class OwnershipDecisionRows implements PanacheRepositoryBase<OwnershipDecisionEntity, OwnershipDecisionEntity.Key> {}
