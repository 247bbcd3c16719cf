package org.cradle.application.confidentiality;

import java.time.LocalDate;
import java.util.Objects;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.organisation.OrganisationId;

/**
 * Which notices to go over again.
 *
 * @param organisation only the notices this organisation gave
 * @param on the notices whose revisit date is on or before this date
 * @param givenBy only the notices this practitioner gave; {@code null} for all of them
 */
public record DueForRevisitQuery(OrganisationId organisation, LocalDate on, PractitionerRef givenBy) {

    public DueForRevisitQuery {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(on, "on");
    }
}
