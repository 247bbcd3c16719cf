package org.cradle.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.access.Ground;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.IntegrationClient;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class AuditEventMapperTest {

    private static final Actor ACTOR = new Practitioner("p.one", new OrganisationId("RX1"), Set.of(Role.PRACTITIONER));

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

    @Test
    void an_event_keeps_whose_information_it_was_the_category_the_ground_and_the_kind_of_actor() {
        AuditEvent read = AuditEvent.of(
                        new IntegrationClient("case-system", new OrganisationId("RX1"), Set.of()),
                        AuditAction.PERSON_READ,
                        RecordType.PERSON,
                        UUID.randomUUID(),
                        FamilyId.newId(),
                        Instant.now())
                .about(PersonId.newId(), InformationCategory.BASIC_DETAILS)
                .on(Ground.BREAK_GLASS);
        AuditEvent refused =
                AuditEvent.of(ACTOR, AuditAction.ACCESS_DENIED, RecordType.OPERATION, null, null, Instant.now());

        assertThat(AuditEventMapper.toDomain(AuditEventMapper.toEntity(read))).isEqualTo(read);
        assertThat(AuditEventMapper.toDomain(AuditEventMapper.toEntity(refused)))
                .isEqualTo(refused);
    }
}
