package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.person.People;
import org.cradle.contracts.person.PeopleContract;

/** The people's contract, against {@code PanachePeople} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanachePeopleTest extends PeopleContract {

    @Inject
    People people;

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
