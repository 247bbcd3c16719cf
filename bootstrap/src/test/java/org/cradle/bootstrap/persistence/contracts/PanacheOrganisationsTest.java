package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.organisation.Organisations;
import org.cradle.contracts.organisation.OrganisationsContract;

/** The directory's contract, against {@code PanacheOrganisations} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheOrganisationsTest extends OrganisationsContract {

    @Inject
    Organisations directory;

    @Override
    protected Organisations directory() {
        return directory;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
