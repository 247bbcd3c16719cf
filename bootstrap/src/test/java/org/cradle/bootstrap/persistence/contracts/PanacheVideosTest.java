package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.video.Videos;
import org.cradle.contracts.video.VideosContract;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

/** The session videos' contract, against {@code PanacheVideos} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheVideosTest extends VideosContract {

    @Inject
    Videos videos;

    @Inject
    StoredRecords stored;

    @Inject
    StoredVideos storedVideos;

    @Override
    protected Videos videos() {
        return videos;
    }

    @Override
    protected FamilyId family() {
        return stored.family(stored.person(null, null));
    }

    @Override
    protected EpisodeId episode(FamilyId family, OrganisationId organisation) {
        return storedVideos.episode(family, organisation);
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
