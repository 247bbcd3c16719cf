package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.cradle.application.access.Involvements;
import org.cradle.application.access.Relationships;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.consent.Consents;
import org.cradle.application.episode.Episodes;
import org.cradle.application.episode.Teams;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.contracts.access.RelationshipsContract;

/** The access policy's facts' contract, against {@code SqlRelationships} and the tables the other adapters write. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlRelationshipsTest extends RelationshipsContract {

    @Inject
    Relationships relationships;

    @Inject
    People people;

    @Inject
    Families families;

    @Inject
    Involvements involvements;

    @Inject
    Episodes episodes;

    @Inject
    Teams teams;

    @Inject
    BreakGlassAccesses breakGlassAccesses;

    @Inject
    SharingDecisions sharingDecisions;

    @Inject
    Consents consents;

    @Override
    protected Relationships relationships() {
        return relationships;
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
    protected Episodes episodes() {
        return episodes;
    }

    @Override
    protected Teams teams() {
        return teams;
    }

    @Override
    protected BreakGlassAccesses breakGlassAccesses() {
        return breakGlassAccesses;
    }

    @Override
    protected SharingDecisions sharingDecisions() {
        return sharingDecisions;
    }

    @Override
    protected Consents consents() {
        return consents;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
