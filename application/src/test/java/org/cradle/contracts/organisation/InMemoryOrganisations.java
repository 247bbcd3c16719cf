package org.cradle.contracts.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.organisation.Organisations;
import org.cradle.contracts.Paging;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;

/** The directory in memory, by code. */
public final class InMemoryOrganisations implements Organisations {

    private final Map<String, Organisation> directory = new TreeMap<>();

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(directory.get(id.value()));
    }

    @Override
    public void save(Organisation organisation) {
        directory.put(organisation.id().value(), organisation);
    }

    @Override
    public Set<OrganisationId> unknownAmong(Collection<OrganisationId> ids) {
        return ids.stream().filter(id -> !directory.containsKey(id.value())).collect(Collectors.toSet());
    }

    @Override
    public Page<Organisation> list(PageRequest page) {
        return Paging.page(directory.values().stream().toList(), page);
    }
}
