package org.cradle.adapters.persistence.confidentiality;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code confidentiality_notice} rows, owned by {@link PanacheConfidentialityNotices}: no other bean reaches them. */
@ApplicationScoped
class ConfidentialityNoticeRows implements PanacheRepositoryBase<ConfidentialityNoticeEntity, UUID> {}
