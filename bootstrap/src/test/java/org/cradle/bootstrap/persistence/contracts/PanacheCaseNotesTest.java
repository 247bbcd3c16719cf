package org.cradle.bootstrap.persistence.contracts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.application.episode.Episodes;
import org.cradle.application.family.Families;
import org.cradle.contracts.casenote.CaseNotesContract;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.Family;
import org.cradle.domain.organisation.OrganisationId;

/** The case notes' contract, against {@code PanacheCaseNotes} (and {@code VisibleNotes}) and PostgreSQL. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PanacheCaseNotesTest extends CaseNotesContract {

    @Inject
    CaseNotes notes;

    @Inject
    Families families;

    @Inject
    Episodes episodes;

    @Inject
    StoredRecords stored;

    @Override
    protected CaseNotes notes() {
        return notes;
    }

    @Override
    protected Family family() {
        var id = stored.family(stored.person(null, null), stored.person(LocalDate.parse("2026-01-01"), null));
        return transaction(() -> families.require(id));
    }

    @Override
    protected Episode episode(Family family, OrganisationId organisation) {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                family.id(),
                ServiceType.EARLY_HELP,
                organisation,
                new PractitionerRef("n.lead"),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01"),
                Instant.parse("2026-04-01T09:00:00Z"));
        transaction(() -> episodes.add(episode));
        return episode;
    }

    @Override
    protected <T> T transaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
