package org.cradle.contracts.referral;

import java.time.Instant;
import org.cradle.application.referral.ReferralRequests;
import org.cradle.application.referral.Referrals;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.person.PersonId;

class InMemoryReferralsTest extends ReferralsContract {

    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final InMemoryReferralRequests requests = new InMemoryReferralRequests();

    @Override
    protected Referrals referrals() {
        return referrals;
    }

    @Override
    protected ReferralRequests requests() {
        return requests;
    }

    @Override
    protected Family family() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Referred household"), RecordKeepingMode.LINKED, at);
        family.admit(PersonId.newId(), FamilyRole.MOTHER, true, true, at);
        return family;
    }
}
