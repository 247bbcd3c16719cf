package org.cradle.application.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.audit.AuditTrail;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.Capability;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.Family;

/** Lists and searches families, a page at a time; each family on the page is recorded as seen. */
@ApplicationScoped
public class FindFamilies {

    private final Families families;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public FindFamilies(Families families, AuditTrail auditTrail, Clock clock) {
        this.families = families;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional
    public Page<Family> find(Actor actor, FamilySearch search, PageRequest page) {
        AccessPolicy.require(actor, Capability.READ_FAMILY_RECORDS);
        Page<Family> found = families.search(search, page);
        Instant now = clock.instant();
        found.items()
                .forEach(family -> auditTrail.record(
                        actor,
                        AuditAction.FAMILY_FOUND_IN_SEARCH,
                        RecordType.FAMILY,
                        family.id().value(),
                        family.id(),
                        now));
        return found;
    }
}
