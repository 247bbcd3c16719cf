package org.cradle.adapters.persistence.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code person} rows, owned by {@link PanachePeople}: no other bean reaches them. */
@ApplicationScoped
class PersonRows implements PanacheRepositoryBase<PersonEntity, UUID> {}
