package org.cradle.contracts.casenote;

import java.time.Instant;
import java.time.LocalDate;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;

class InMemoryCaseNotesTest extends CaseNotesContract {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private final InMemoryCaseNotes notes = new InMemoryCaseNotes();

    @Override
    protected CaseNotes notes() {
        return notes;
    }

    @Override
    protected Family family() {
        Family family = Family.start(FamilyId.newId(), new FamilyName("Noted household"), RecordKeepingMode.LINKED, AT);
        family.admit(PersonId.newId(), FamilyRole.MOTHER, true, true, AT);
        family.admit(PersonId.newId(), FamilyRole.CHILD, true, false, AT);
        return family;
    }

    @Override
    protected Episode episode(Family family, OrganisationId organisation) {
        return Episode.open(
                EpisodeId.newId(),
                family.id(),
                ServiceType.EARLY_HELP,
                organisation,
                new PractitionerRef("n.lead"),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01"),
                AT);
    }
}
