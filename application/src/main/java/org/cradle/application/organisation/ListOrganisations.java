package org.cradle.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.organisation.Organisation;

/** The directory, for anyone signed in: it holds no personal data, and front ends offer it as recipients. */
@ApplicationScoped
public class ListOrganisations {

    private final Access access;
    private final Organisations organisations;

    public ListOrganisations(Access access, Organisations organisations) {
        this.access = access;
        this.organisations = organisations;
    }

    @Transactional
    public Page<Organisation> list(Actor actor, PageRequest page) {
        access.requireSignedIn(actor);
        return organisations.list(page);
    }
}
