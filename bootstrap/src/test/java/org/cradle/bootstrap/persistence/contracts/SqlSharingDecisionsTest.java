package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.contracts.sharing.SharingDecisionsContract;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.referral.ReferralId;

/** The sharing decisions' contract, against {@code SqlSharingDecisions} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlSharingDecisionsTest extends SharingDecisionsContract {

    @Inject
    SharingDecisions decisions;

    @Inject
    StoredRecords stored;

    @Override
    protected SharingDecisions decisions() {
        return decisions;
    }

    @Override
    protected FamilyId family() {
        return stored.family(stored.person(null, null));
    }

    @Override
    protected ReferralId referral(FamilyId family, OrganisationId from, OrganisationId to) {
        return stored.referral(family, from, to);
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
