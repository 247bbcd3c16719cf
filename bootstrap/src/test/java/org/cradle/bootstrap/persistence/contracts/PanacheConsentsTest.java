package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.cradle.application.consent.Consents;
import org.cradle.application.family.Families;
import org.cradle.contracts.consent.ConsentsContract;
import org.cradle.domain.family.Family;

/** The consents' contract, against {@code PanacheConsents} (and {@code ConsentsInForceQuery}) and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheConsentsTest extends ConsentsContract {

    @Inject
    Consents consents;

    @Inject
    Families families;

    @Inject
    StoredRecords stored;

    @Override
    protected Consents consents() {
        return consents;
    }

    @Override
    protected Family family() {
        var id = stored.family(stored.person(null, null), stored.person(LocalDate.parse("2026-01-01"), null));
        return transaction(() -> families.require(id));
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
