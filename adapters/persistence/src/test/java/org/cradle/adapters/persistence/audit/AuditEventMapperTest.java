package org.cradle.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.access.Actor;
import org.cradle.domain.access.OrganisationId;
import org.cradle.domain.access.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.family.FamilyId;
import org.junit.jupiter.api.Test;

class AuditEventMapperTest {

    private static final Actor ACTOR = new Actor("p.one", new OrganisationId("RX1"), Set.of(Role.PRACTITIONER));

    @Test
    void an_event_survives_the_round_trip_with_and_without_a_family() {
        AuditEvent withFamily = AuditEvent.of(
                ACTOR, AuditAction.FAMILY_READ, RecordType.FAMILY, UUID.randomUUID(), FamilyId.newId(), Instant.now());
        AuditEvent withoutFamily = AuditEvent.of(
                ACTOR, AuditAction.PERSON_READ, RecordType.PERSON, UUID.randomUUID(), null, Instant.now());

        assertThat(AuditEventMapper.toDomain(AuditEventMapper.toEntity(withFamily)))
                .isEqualTo(withFamily);
        assertThat(AuditEventMapper.toDomain(AuditEventMapper.toEntity(withoutFamily)))
                .isEqualTo(withoutFamily);
    }
}
