package org.cradle.adapters.persistence.consent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code consent} rows, owned by {@link PanacheConsents}: no other bean reaches them. */
@ApplicationScoped
class ConsentRows implements PanacheRepositoryBase<ConsentEntity, UUID> {}
