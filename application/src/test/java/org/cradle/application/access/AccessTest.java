package org.cradle.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.access.AccessDeniedException;
import org.cradle.domain.access.Exclusion;
import org.cradle.domain.access.Ground;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.audit.Fact;
import org.cradle.domain.audit.RecordType;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The access service on in-memory facts: role × relationship × record, without a database. The rules
 * themselves are {@code AccessPolicyTest}'s; here, that the service loads the right facts, answers a
 * hidden record exactly as a missing one, records every refusal, and hands use cases a permit that
 * says on which ground.
 */
class AccessTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final FamilyId family = FamilyId.newId();
    private final FamilyId otherFamily = FamilyId.newId();
    private final PersonId mother = PersonId.newId();
    private final Map<String, Relationship> byOrganisation = new HashMap<>();
    private final List<AuditEvent> denials = new ArrayList<>();

    private final Relationships relationships = new Relationships() {
        @Override
        public Optional<Relationship> with(Actor actor, FamilyId asked, Instant at) {
            if (!asked.equals(family) && !asked.equals(otherFamily)) {
                return Optional.empty();
            }
            return Optional.of(byOrganisation.getOrDefault(actor.organisation() + "/" + asked, Relationship.NONE));
        }

        @Override
        public Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
            if (!person.equals(mother)) {
                return Optional.empty();
            }
            Map<FamilyId, Relationship> families = new LinkedHashMap<>();
            families.put(family, with(actor, family, at).orElseThrow());
            families.put(otherFamily, with(actor, otherFamily, at).orElseThrow());
            return Optional.of(families);
        }
    };

    private Set<Exclusion> excluded = Set.of();

    private final Access access = new Access(
            relationships,
            (actor, asked, day) -> Set.of(),
            (asked, day) -> excluded,
            denials::add,
            Clock.fixed(NOW, ZoneId.of("Europe/London")),
            (permit, facts) -> {
                throw new AssertionError("The access service hands over no facts of its own");
            });

    private static Actor practitioner(OrganisationId organisation, Role... roles) {
        return new Practitioner("p." + organisation, organisation, Set.of(roles));
    }

    private void holds(OrganisationId organisation, FamilyId which) {
        byOrganisation.put(organisation + "/" + which, new Relationship(true, List.of(), true, false, false, false));
    }

    @Test
    void a_family_the_organisation_does_not_work_with_answers_exactly_as_a_family_that_does_not_exist() {
        holds(NORTH, family);
        Actor south = practitioner(SOUTH, Role.PRACTITIONER);
        Need see = new Need.SeeFamily(Capability.READ_FAMILY_RECORDS);

        RecordNotFoundException hidden = catchNotFound(() -> access.require(south, see, family));
        FamilyId missing = FamilyId.newId();
        RecordNotFoundException absent = catchNotFound(() -> access.require(south, see, missing));

        assertThat(hidden.getMessage()).isEqualTo("No family with id " + family + ".");
        assertThat(absent.getMessage()).isEqualTo("No family with id " + missing + ".");
        assertThat(denials)
                .extracting(AuditEvent::action, AuditEvent::recordId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCESS_DENIED, family.value()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCESS_DENIED, missing.value()));
        assertThat(denials).allSatisfy(denial -> assertThat(denial.personId()).isEmpty());
    }

    @Test
    void a_refusal_the_actor_may_know_about_is_access_denied_with_its_reason_and_is_recorded() {
        byOrganisation.put(
                SOUTH + "/" + family,
                new Relationship(
                        false,
                        List.of(new ReferralGrant(NORTH, Set.of(), Set.of(InformationCategory.BASIC_DETAILS))),
                        false,
                        false,
                        false,
                        false));

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> access.require(
                        practitioner(SOUTH, Role.PRACTITIONER),
                        new Need.ChangeRecord(HeldRecord.consent(NORTH, mother), Capability.RECORD_CONSENTS),
                        family,
                        RecordType.CONSENT,
                        java.util.UUID.randomUUID()))
                .withMessage("Only north-council, which holds this record, may change it.");
        assertThat(denials).singleElement().extracting(AuditEvent::recordType).isEqualTo(RecordType.CONSENT);
    }

    @Test
    void showing_a_record_to_a_family_member_reads_whom_the_consents_in_force_exclude_and_refuses_on_it() {
        holds(NORTH, family);
        PersonId father = PersonId.newId();
        Actor lead = practitioner(NORTH, Role.SAFEGUARDING_LEAD);
        Need showFather =
                new Need.ShowToFamilyMember(HeldRecord.consent(NORTH, mother), father, Capability.READ_FAMILY_RECORDS);

        assertThat(access.require(lead, showFather, family, RecordType.CONSENT, java.util.UUID.randomUUID())
                        .ground())
                .isEqualTo(Ground.OWN_ORGANISATION);
        assertThat(denials).isEmpty();

        excluded = Set.of(new Exclusion(mother, father));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(
                        () -> access.require(lead, showFather, family, RecordType.CONSENT, java.util.UUID.randomUUID()))
                .withMessageContaining("excludes this family member");
        assertThat(denials).singleElement().satisfies(denial -> assertThat(denial.personId())
                .isEmpty());
    }

    @Test
    void a_permit_says_on_which_ground_and_its_events_carry_it() {
        holds(NORTH, family);

        Permit permit = access.require(
                practitioner(NORTH, Role.PRACTITIONER), new Need.SeeFamily(Capability.READ_FAMILY_RECORDS), family);
        AuditEvent read = permit.eventOf(Fact.of(AuditAction.PERSON_READ, RecordType.PERSON, mother.value())
                .about(mother, InformationCategory.BASIC_DETAILS));

        assertThat(permit.ground()).isEqualTo(Ground.OWN_ORGANISATION);
        assertThat(read.ground()).isEqualTo(Ground.OWN_ORGANISATION);
        assertThat(read.familyId()).contains(family);
        assertThat(read.occurredAt()).isEqualTo(NOW);
        assertThat(denials).isEmpty();
    }

    @Test
    void a_person_is_seen_through_whichever_of_their_families_the_organisation_works_with() {
        holds(NORTH, otherFamily);

        Permit permit = access.requireForPerson(
                practitioner(NORTH, Role.PRACTITIONER),
                person -> new Need.SeePerson(person, Capability.READ_FAMILY_RECORDS),
                mother);

        assertThat(permit.family()).isEqualTo(otherFamily);
        assertThat(access.familiesSeeing(practitioner(NORTH, Role.PRACTITIONER), mother))
                .containsOnlyKeys(otherFamily);
        assertThat(catchNotFound(() -> access.requireForPerson(
                                practitioner(SOUTH, Role.PRACTITIONER),
                                person -> new Need.SeePerson(person, Capability.READ_FAMILY_RECORDS),
                                mother))
                        .getMessage())
                .isEqualTo("No person with id " + mother + ".");
    }

    @Test
    void the_role_is_asked_first_an_auditor_is_refused_even_the_family_their_organisation_holds() {
        holds(NORTH, family);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> access.require(
                        practitioner(NORTH, Role.AUDITOR), new Need.SeeFamily(Capability.READ_FAMILY_RECORDS), family));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> access.require(practitioner(NORTH, Role.AUDITOR), Capability.MANAGE_ORGANISATIONS));
        assertThat(denials).hasSize(2);
    }

    @Test
    void a_list_of_a_persons_records_keeps_those_the_actor_sees_in_each_family() {
        holds(NORTH, family);
        record Held(FamilyId family, HeldRecord held) {}
        List<Held> consents = List.of(
                new Held(family, HeldRecord.consent(NORTH, mother)),
                new Held(family, HeldRecord.consent(SOUTH, mother)),
                new Held(otherFamily, HeldRecord.consent(NORTH, mother)));

        var seen = access.recordsSeen(practitioner(NORTH, Role.PRACTITIONER), mother, Held::family, Held::held);

        assertThat(consents.stream().filter(seen)).containsExactly(consents.get(0));
    }

    private static RecordNotFoundException catchNotFound(Runnable call) {
        try {
            call.run();
        } catch (RecordNotFoundException e) {
            return e;
        }
        throw new AssertionError("expected not found");
    }
}
