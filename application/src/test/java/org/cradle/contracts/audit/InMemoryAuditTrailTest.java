package org.cradle.contracts.audit;

import java.time.Instant;
import java.util.ArrayList;
import org.cradle.application.audit.AuditTrail;
import org.cradle.contracts.access.InMemoryInvolvements;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private final InMemoryInvolvements involvements = new InMemoryInvolvements();
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(new ArrayList<>(), involvements);

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected FamilyId familyHeldBy(OrganisationId custodian) {
        FamilyId family = FamilyId.newId();
        involvements.addCustodian(family, custodian, Instant.parse("2026-01-05T09:00:00Z"));
        return family;
    }
}
