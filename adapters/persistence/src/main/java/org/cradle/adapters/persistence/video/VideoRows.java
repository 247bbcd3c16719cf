package org.cradle.adapters.persistence.video;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code video} rows, owned by {@link PanacheVideos}: no other bean reaches them. */
@ApplicationScoped
class VideoRows implements PanacheRepositoryBase<VideoEntity, UUID> {}
