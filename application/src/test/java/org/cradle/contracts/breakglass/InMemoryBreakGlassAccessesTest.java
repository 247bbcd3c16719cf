package org.cradle.contracts.breakglass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.audit.AuditTrail;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.contracts.audit.InMemoryAuditTrail;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

class InMemoryBreakGlassAccessesTest extends BreakGlassAccessesContract {

    private final Map<FamilyId, OrganisationId> custodians = new HashMap<>();
    private final List<AuditEvent> events = new ArrayList<>();
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(events);
    private final InMemoryBreakGlassAccesses accesses =
            new InMemoryBreakGlassAccesses(family -> Optional.ofNullable(custodians.get(family)), () -> events);

    @Override
    protected BreakGlassAccesses accesses() {
        return accesses;
    }

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected FamilyId familyHeldBy(OrganisationId custodian) {
        FamilyId family = FamilyId.newId();
        custodians.put(family, custodian);
        return family;
    }
}
