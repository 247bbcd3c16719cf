package org.cradle.adapters.persistence.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code organisation} rows, owned by {@link PanacheOrganisations}: no other bean reaches them. */
@ApplicationScoped
class OrganisationRows implements PanacheRepositoryBase<OrganisationEntity, String> {}
