package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.subjectaccess.SubjectAccessExports;
import org.cradle.contracts.subjectaccess.SubjectAccessExportsContract;

/** The subject-access exports' contract, against {@code SqlSubjectAccessExports} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlSubjectAccessExportsTest extends SubjectAccessExportsContract {

    @Inject
    SubjectAccessExports exports;

    @Override
    protected SubjectAccessExports exports() {
        return exports;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
