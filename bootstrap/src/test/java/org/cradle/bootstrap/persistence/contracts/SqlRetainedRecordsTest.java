package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.cradle.application.episode.Episodes;
import org.cradle.application.organisation.Organisations;
import org.cradle.application.retention.RetainedRecords;
import org.cradle.application.video.Videos;
import org.cradle.contracts.retention.RetainedRecordsContract;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.organisation.Sector;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.video.Video;

/** The retention facts' contract, against {@code SqlRetainedRecords} and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SqlRetainedRecordsTest extends RetainedRecordsContract {

    @Inject
    RetainedRecords records;

    @Inject
    Episodes episodes;

    @Inject
    Organisations directory;

    @Inject
    StoredRecords stored;

    @Inject
    Videos videos;

    @Override
    protected RetainedRecords records() {
        return records;
    }

    @Override
    protected PersonId person(LocalDate born, LocalDate died) {
        return stored.person(born, died);
    }

    @Override
    protected FamilyId family(PersonId... members) {
        return stored.family(members);
    }

    @Override
    protected void organisation(OrganisationId organisation, Sector sector) {
        transaction(() -> directory.save(new Organisation(organisation, organisation.value(), null, sector)));
    }

    @Override
    protected void store(Episode episode) {
        transaction(() -> episodes.add(episode));
    }

    @Override
    protected void store(Video video) {
        transaction(() -> videos.add(video));
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
