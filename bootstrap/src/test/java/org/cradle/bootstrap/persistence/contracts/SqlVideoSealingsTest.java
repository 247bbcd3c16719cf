package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.video.VideoSealings;
import org.cradle.contracts.video.VideoSealingsContract;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.video.VideoId;

/**
 * The videos' sealings' contract, against {@code SqlVideoSealings} and PostgreSQL: in transactions of
 * the test's, and (where the contract says) in none, where each method runs in one of its own.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlVideoSealingsTest extends VideoSealingsContract {

    @Inject
    VideoSealings sealings;

    @Inject
    StoredVideos stored;

    private final OrganisationId organisation = organisation("sealings");

    @Override
    protected VideoSealings sealings() {
        return sealings;
    }

    @Override
    protected VideoId video() {
        return stored.video(organisation);
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
