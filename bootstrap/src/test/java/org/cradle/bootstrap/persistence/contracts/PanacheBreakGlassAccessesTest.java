package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.contracts.breakglass.BreakGlassAccessesContract;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/** The break-glass accesses' contract, against {@code PanacheBreakGlassAccesses}, its uses counted from the trail's rows. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheBreakGlassAccessesTest extends BreakGlassAccessesContract {

    @Inject
    BreakGlassAccesses accesses;

    @Inject
    AuditTrail trail;

    @Inject
    StoredRecords stored;

    @Override
    protected BreakGlassAccesses accesses() {
        return accesses;
    }

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
