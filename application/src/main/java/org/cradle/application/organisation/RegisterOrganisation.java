package org.cradle.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cradle.application.access.Access;
import org.cradle.application.retention.RetentionDates;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.organisation.Organisation;

/**
 * Adds an organisation to the directory, or corrects its name, contact address or sector; a new sector
 * recomputes the retention dates of its records.
 */
@ApplicationScoped
public class RegisterOrganisation {

    private final Access access;
    private final Organisations organisations;
    private final RetentionDates retentionDates;

    public RegisterOrganisation(Access access, Organisations organisations, RetentionDates retentionDates) {
        this.access = access;
        this.organisations = organisations;
        this.retentionDates = retentionDates;
    }

    /** Whether the organisation was new to the directory. */
    @Transactional
    public boolean register(Actor actor, Organisation organisation) {
        access.require(actor, Capability.MANAGE_ORGANISATIONS);
        Optional<Organisation> known = organisations.find(organisation.id());
        organisations.save(organisation);
        // The sector chooses the rules of every record the organisation holds.
        if (known.isPresent() && known.get().sector() != organisation.sector()) {
            retentionDates.recomputeOrganisation(organisation.id());
        }
        return known.isEmpty();
    }
}
