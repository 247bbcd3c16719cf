package org.cradle.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final OrganisationId RX1 = new OrganisationId("RX1");
    private static final Actor PRACTITIONER = new Practitioner("j.adeyemi", RX1, Set.of(Role.PRACTITIONER));
    private static final FamilyId FAMILY = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));
    private static final UUID PERSON = UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51");
    private static final UUID EVENT = UUID.fromString("e1e2e3e4-f5f6-4a7b-8c9d-0a1b2c3d4e5f");

    @Test
    void an_event_names_who_did_what_for_which_organisation_to_which_record_and_when() {
        AuditEvent event = AuditEvent.of(PRACTITIONER, AuditAction.PERSON_READ, RecordType.PERSON, PERSON, FAMILY, NOW);

        assertThat(event.actorSubject()).isEqualTo("j.adeyemi");
        assertThat(event.actorOrganisation()).isEqualTo(RX1);
        assertThat(event.action()).isEqualTo(AuditAction.PERSON_READ);
        assertThat(event.recordType()).isEqualTo(RecordType.PERSON);
        assertThat(event.recordId()).isEqualTo(PERSON);
        assertThat(event.familyId()).contains(FAMILY);
        assertThat(event.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void identifiers_are_version_7_uuids_that_sort_in_the_order_the_events_happened() {
        UUID earlier = AuditEvent.of(PRACTITIONER, AuditAction.PERSON_READ, RecordType.PERSON, PERSON, FAMILY, NOW)
                .id();
        UUID later = AuditEvent.of(
                        PRACTITIONER, AuditAction.PERSON_READ, RecordType.PERSON, PERSON, FAMILY, NOW.plusMillis(1))
                .id();

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
        // PostgreSQL orders uuids as unsigned bytes, as this comparison of their text does.
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void each_event_gets_its_own_identifier() {
        AuditEvent first = AuditEvent.of(PRACTITIONER, AuditAction.PERSON_READ, RecordType.PERSON, PERSON, FAMILY, NOW);
        AuditEvent second =
                AuditEvent.of(PRACTITIONER, AuditAction.PERSON_READ, RecordType.PERSON, PERSON, FAMILY, NOW);

        assertThat(first.id()).isNotNull().isNotEqualTo(second.id());
    }

    @Test
    void an_event_about_a_record_outside_any_family_has_no_family() {
        AuditEvent event =
                AuditEvent.of(PRACTITIONER, AuditAction.PERSON_REGISTERED, RecordType.PERSON, PERSON, null, NOW);

        assertThat(event.familyId()).isEmpty();
    }

    @Test
    void requires_an_identifier_a_time_an_actor_an_organisation_an_action_and_a_record() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        null,
                        NOW,
                        "j.adeyemi",
                        ActorKind.PRACTITIONER,
                        RX1,
                        AuditAction.FAMILY_READ,
                        RecordType.FAMILY,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("id");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        null,
                        "j.adeyemi",
                        ActorKind.PRACTITIONER,
                        RX1,
                        AuditAction.FAMILY_READ,
                        RecordType.FAMILY,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("occurredAt");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        NOW,
                        null,
                        ActorKind.PRACTITIONER,
                        RX1,
                        AuditAction.FAMILY_READ,
                        RecordType.FAMILY,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("actorSubject");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        NOW,
                        "j.adeyemi",
                        ActorKind.PRACTITIONER,
                        null,
                        AuditAction.FAMILY_READ,
                        RecordType.FAMILY,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("actorOrganisation");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        NOW,
                        "j.adeyemi",
                        ActorKind.PRACTITIONER,
                        RX1,
                        null,
                        RecordType.FAMILY,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("action");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        NOW,
                        "j.adeyemi",
                        ActorKind.PRACTITIONER,
                        RX1,
                        AuditAction.FAMILY_READ,
                        null,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("recordType");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        NOW,
                        "j.adeyemi",
                        ActorKind.PRACTITIONER,
                        RX1,
                        AuditAction.FAMILY_READ,
                        RecordType.FAMILY,
                        null,
                        FAMILY,
                        null,
                        null,
                        null));
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new AuditEvent(
                        EVENT,
                        NOW,
                        "j.adeyemi",
                        null,
                        RX1,
                        AuditAction.FAMILY_READ,
                        RecordType.FAMILY,
                        PERSON,
                        FAMILY,
                        null,
                        null,
                        null))
                .withMessage("actorKind");
    }

    @Test
    void an_event_occurred_at_the_time_it_was_given_not_the_time_it_was_made() {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");

        assertThat(AuditEvent.of(
                                PRACTITIONER,
                                AuditAction.FAMILY_READ,
                                RecordType.FAMILY,
                                FAMILY.value(),
                                FAMILY,
                                longAgo)
                        .occurredAt())
                .isEqualTo(longAgo);
    }
}
