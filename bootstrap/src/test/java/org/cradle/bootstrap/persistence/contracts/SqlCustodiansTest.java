package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.access.Involvements;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.referral.Custodians;
import org.cradle.contracts.referral.CustodiansContract;

/** The custodians' contract, against {@code SqlCustodians} and the tables the other adapters write. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlCustodiansTest extends CustodiansContract {

    @Inject
    Custodians custodians;

    @Inject
    People people;

    @Inject
    Families families;

    @Inject
    Involvements involvements;

    @Override
    protected Custodians custodians() {
        return custodians;
    }

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Families families() {
        return families;
    }

    @Override
    protected Involvements involvements() {
        return involvements;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
