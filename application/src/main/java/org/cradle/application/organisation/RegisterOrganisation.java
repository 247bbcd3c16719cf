package org.cradle.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.organisation.Organisation;

/**
 * Adds an organisation to the directory, or corrects its name, contact address or sector; a new sector
 * recomputes the retention dates of its records.
 */
@ApplicationScoped
public class RegisterOrganisation {

    private final Access access;
    private final Organisations organisations;

    public RegisterOrganisation(Access access, Organisations organisations) {
        this.access = access;
        this.organisations = organisations;
    }

    /** Whether the organisation was new to the directory. */
    @Transactional
    public boolean register(Actor actor, Organisation organisation) {
        Permit permit = access.require(actor, Capability.MANAGE_ORGANISATIONS);
        Optional<Organisation> known = organisations.find(organisation.id());
        organisations.save(organisation);
        // The sector chooses the rules of every record the organisation holds.
        if (known.isPresent() && known.get().sector() != organisation.sector()) {
            permit.handOver(new Fact.ScheduleChanged(organisation.id()));
        }
        return known.isEmpty();
    }
}
