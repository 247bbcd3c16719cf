package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.contracts.family.FamiliesContract;

/** The families' contract, against {@code PanacheFamilies} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheFamiliesTest extends FamiliesContract {

    @Inject
    Families families;

    @Inject
    People people;

    @Override
    protected Families families() {
        return families;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
