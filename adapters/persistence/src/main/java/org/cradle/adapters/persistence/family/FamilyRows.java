package org.cradle.adapters.persistence.family;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code family} rows, owned by {@link PanacheFamilies}: no other bean reaches them. */
@ApplicationScoped
class FamilyRows implements PanacheRepositoryBase<FamilyEntity, UUID> {}
