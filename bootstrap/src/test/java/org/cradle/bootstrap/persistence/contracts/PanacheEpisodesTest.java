package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.episode.Episodes;
import org.cradle.contracts.episode.EpisodesContract;
import org.cradle.domain.family.FamilyId;

/** The episodes' contract, against {@code PanacheEpisodes} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheEpisodesTest extends EpisodesContract {

    @Inject
    Episodes episodes;

    @Inject
    StoredRecords stored;

    @Override
    protected Episodes episodes() {
        return episodes;
    }

    @Override
    protected FamilyId family() {
        return stored.family(stored.person(null, null));
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
