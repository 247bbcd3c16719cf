package org.cradle.adapters.persistence.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The Panache repository of request-for-a-referral rows, used only by {@link PanacheReferralRequests}. */
@ApplicationScoped
class ReferralRequestRows implements PanacheRepositoryBase<ReferralRequestEntity, UUID> {}
