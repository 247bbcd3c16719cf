package org.cradle.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.access.Access;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.organisation.Organisation;

/** Adds an organisation to the directory, or corrects its name or contact address. */
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
        access.require(actor, Capability.MANAGE_ORGANISATIONS);
        boolean isNew = organisations.find(organisation.id()).isEmpty();
        organisations.save(organisation);
        return isNew;
    }
}
