package org.cradle.contracts.sharing;

import org.cradle.application.sharing.SharingDecisions;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralId;

class InMemorySharingDecisionsTest extends SharingDecisionsContract {

    private final InMemorySharingDecisions decisions = new InMemorySharingDecisions();

    @Override
    protected SharingDecisions decisions() {
        return decisions;
    }

    @Override
    protected FamilyId family() {
        return FamilyId.newId();
    }

    @Override
    protected ReferralId referral(FamilyId family, OrganisationId from, OrganisationId to) {
        return ReferralId.newId();
    }
}
