package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.family.Families;
import org.cradle.application.referral.ReferralRequests;
import org.cradle.application.referral.Referrals;
import org.cradle.contracts.referral.ReferralsContract;
import org.cradle.domain.family.Family;

/** The referrals' and requests' contract, against {@code PanacheReferrals}, {@code PanacheReferralRequests} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheReferralsTest extends ReferralsContract {

    @Inject
    Referrals referrals;

    @Inject
    ReferralRequests requests;

    @Inject
    Families families;

    @Inject
    StoredRecords stored;

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
        var id = stored.family(stored.person(null, null));
        return transaction(() -> families.require(id));
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
