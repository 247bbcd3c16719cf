package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.access.Access;
import org.cradle.application.access.Permit;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;

/**
 * Lists and searches the families the actor sees, a page at a time: those their organisation works
 * with and those opened to them by break-glass, filtered before paging. Each family on the page is
 * recorded as seen.
 */
@ApplicationScoped
public class FindFamilies {

    private final Access access;
    private final Families families;

    public FindFamilies(Access access, Families families) {
        this.access = access;
        this.families = families;
    }

    @Transactional
    public Page<FamilyListing> find(Actor actor, FamilySearch search, PageRequest page) {
        Permit permit = access.require(actor, Capability.READ_FAMILY_RECORDS);
        Page<FamilyListing> found = families.search(search, permit.visibility(), page);
        permit.handOver(found.items().stream()
                .map(family -> Fact.of(
                                AuditAction.FAMILY_FOUND_IN_SEARCH,
                                RecordType.FAMILY,
                                family.id().value())
                        .in(family.id()))
                .toList());
        return found;
    }
}
