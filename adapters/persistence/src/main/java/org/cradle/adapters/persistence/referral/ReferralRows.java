package org.cradle.adapters.persistence.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The Panache repository of referral rows, used only by {@link PanacheReferrals}. */
@ApplicationScoped
class ReferralRows implements PanacheRepositoryBase<ReferralEntity, UUID> {}
