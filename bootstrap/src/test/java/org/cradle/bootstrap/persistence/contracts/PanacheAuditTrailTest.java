package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.audit.AuditTrail;
import org.cradle.contracts.audit.AuditTrailContract;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/** The audit trail's contract, against {@code PanacheAuditTrail} (behind its counting decorator) and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheAuditTrailTest extends AuditTrailContract {

    @Inject
    AuditTrail trail;

    @Inject
    StoredRecords stored;

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected FamilyId familyHeldBy(OrganisationId custodian) {
        return stored.familyHeldBy(custodian);
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
