package org.cradle.contracts.organisation;

import org.cradle.application.organisation.Organisations;

class InMemoryOrganisationsTest extends OrganisationsContract {

    private final InMemoryOrganisations directory = new InMemoryOrganisations();

    @Override
    protected Organisations directory() {
        return directory;
    }
}
