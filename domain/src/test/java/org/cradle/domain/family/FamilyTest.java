package org.cradle.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

class FamilyTest {

    private static final FamilyId ID = new FamilyId(UUID.fromString("0d9b3c52-8f0e-4a43-b7a1-5e2f6c9d4b10"));
    private static final FamilyName NAME = new FamilyName("Okafor–Bell household");
    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private static final PersonId MOTHER = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));
    private static final PersonId INFANT = new PersonId(UUID.fromString("a3e5f7b9-1c2d-4e6f-8a0b-c1d2e3f4a5b6"));
    private static final PersonId FATHER = new PersonId(UUID.fromString("b4c6d8e0-2f3a-4b5c-9d7e-f0a1b2c3d4e5"));

    private static Family newFamily() {
        return Family.start(ID, NAME, RecordKeepingMode.INFANT, CREATED);
    }

    private static Family storedFamilyAtVersion(long version, Membership... members) {
        return Family.reconstitute(ID, NAME, RecordKeepingMode.INFANT, List.of(members), CREATED, version);
    }

    private static Membership mother() {
        return new Membership(MOTHER, FamilyRole.MOTHER, true, true, CREATED);
    }

    @Test
    void a_family_new_to_cradle_has_no_members_and_is_at_version_zero() {
        Family family = newFamily();

        assertThat(family.members()).isEmpty();
        assertThat(family.id()).isEqualTo(ID);
        assertThat(family.name()).isEqualTo(NAME);
        assertThat(family.recordKeepingMode()).isEqualTo(RecordKeepingMode.INFANT);
        assertThat(family.createdAt()).isEqualTo(CREATED);
        assertThat(family.version()).isZero();
    }

    @Test
    void admitting_a_person_makes_them_a_member_with_the_part_they_play() {
        Family family = newFamily();

        Membership membership = family.admit(INFANT, FamilyRole.CHILD, true, false, NOW);

        assertThat(membership).isEqualTo(new Membership(INFANT, FamilyRole.CHILD, true, false, NOW));
        assertThat(family.members()).containsExactly(membership);
        assertThat(family.membershipOf(INFANT)).contains(membership);
    }

    @Test
    void members_are_listed_in_the_order_they_were_admitted() {
        Family family = newFamily();

        family.admit(MOTHER, FamilyRole.MOTHER, true, true, NOW);
        family.admit(INFANT, FamilyRole.CHILD, true, false, NOW);
        family.admit(FATHER, FamilyRole.FATHER, false, true, NOW);

        assertThat(family.members()).extracting(Membership::person).containsExactly(MOTHER, INFANT, FATHER);
    }

    @Test
    void refuses_to_admit_a_person_who_is_already_a_member() {
        Family family = newFamily();
        family.admit(MOTHER, FamilyRole.MOTHER, true, true, NOW);

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> family.admit(MOTHER, FamilyRole.CARER, false, false, NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-a-member"));
        assertThat(family.members()).containsExactly(new Membership(MOTHER, FamilyRole.MOTHER, true, true, NOW));
    }

    @Test
    void refuses_to_admit_a_member_beyond_the_most_a_family_holds() {
        Family family = newFamily();
        for (int i = 0; i < Family.MAX_MEMBERS; i++) {
            family.admit(new PersonId(UUID.randomUUID()), FamilyRole.CARER, true, false, NOW);
        }

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> family.admit(MOTHER, FamilyRole.MOTHER, true, true, NOW))
                .satisfies(e -> assertThat(e.code()).isEqualTo("max-members"));
        assertThat(family.members()).hasSize(Family.MAX_MEMBERS);
    }

    @Test
    void refuses_to_admit_a_child_holding_parental_responsibility() {
        Family family = newFamily();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> family.admit(INFANT, FamilyRole.CHILD, true, true, NOW))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("child-cannot-hold-parental-responsibility"));
        assertThat(family.members()).isEmpty();
    }

    @Test
    void someone_who_is_not_a_member_has_no_membership() {
        assertThat(newFamily().membershipOf(MOTHER)).isEmpty();
    }

    @Test
    void a_membership_change_replaces_the_part_a_member_plays_and_keeps_when_they_joined() {
        Family family = storedFamilyAtVersion(4, mother());

        Membership changed = family.changeMembership(4, MOTHER, FamilyRole.CARER, false, false);

        assertThat(changed).isEqualTo(new Membership(MOTHER, FamilyRole.CARER, false, false, CREATED));
        assertThat(family.members()).containsExactly(changed);
    }

    @Test
    void a_membership_change_keeps_the_member_in_their_place_in_the_list() {
        Family family = storedFamilyAtVersion(
                1,
                mother(),
                new Membership(INFANT, FamilyRole.CHILD, true, false, CREATED),
                new Membership(FATHER, FamilyRole.FATHER, false, false, CREATED));

        family.changeMembership(1, INFANT, FamilyRole.CHILD, false, false);

        assertThat(family.members()).extracting(Membership::person).containsExactly(MOTHER, INFANT, FATHER);
        assertThat(family.membershipOf(INFANT))
                .hasValueSatisfying(m -> assertThat(m.livesWithChild()).isFalse());
    }

    @Test
    void refuses_to_change_the_membership_of_someone_who_is_not_a_member() {
        Family family = storedFamilyAtVersion(0, mother());

        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> family.changeMembership(0, FATHER, FamilyRole.FATHER, false, true))
                .satisfies(e -> {
                    assertThat(e.recordType()).isEqualTo("member");
                    assertThat(e.id()).isEqualTo(FATHER.toString());
                });
    }

    @Test
    void refuses_a_membership_change_that_gives_a_child_parental_responsibility() {
        Membership infant = new Membership(INFANT, FamilyRole.CHILD, true, false, CREATED);
        Family family = storedFamilyAtVersion(0, infant);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> family.changeMembership(0, INFANT, FamilyRole.CHILD, true, true))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("child-cannot-hold-parental-responsibility"));
        assertThat(family.members()).containsExactly(infant);
    }

    @Test
    void refuses_a_membership_change_made_from_an_out_of_date_copy() {
        Family family = storedFamilyAtVersion(5, mother());

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> family.changeMembership(4, MOTHER, FamilyRole.CARER, false, false))
                .satisfies(e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(family.members()).containsExactly(mother());
    }

    @Test
    void revising_details_renames_the_family_and_changes_whose_name_records_are_kept_under() {
        Family family = storedFamilyAtVersion(2);
        FamilyName renamed = new FamilyName("Bell household");

        family.reviseDetails(2, renamed, RecordKeepingMode.LINKED);

        assertThat(family.name()).isEqualTo(renamed);
        assertThat(family.recordKeepingMode()).isEqualTo(RecordKeepingMode.LINKED);
    }

    @Test
    void refuses_a_revision_of_details_made_from_an_out_of_date_copy() {
        Family family = storedFamilyAtVersion(2);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> family.reviseDetails(1, new FamilyName("Bell household"), RecordKeepingMode.PARENT))
                .satisfies(e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(family.name()).isEqualTo(NAME);
        assertThat(family.recordKeepingMode()).isEqualTo(RecordKeepingMode.INFANT);
    }

    @Test
    void refuses_a_revision_claiming_a_version_newer_than_the_family() {
        Family family = storedFamilyAtVersion(2);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> family.reviseDetails(3, NAME, RecordKeepingMode.PARENT));
    }

    @Test
    void the_list_of_members_cannot_be_changed_from_outside() {
        Family family = newFamily();
        family.admit(MOTHER, FamilyRole.MOTHER, true, true, NOW);
        List<Membership> members = family.members();

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> members.add(new Membership(FATHER, FamilyRole.FATHER, false, true, NOW)));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(members::clear);
        assertThat(family.members()).extracting(Membership::person).containsExactly(MOTHER);
    }

    @Test
    void a_list_of_members_read_earlier_does_not_change_when_someone_is_admitted() {
        Family family = newFamily();
        List<Membership> before = family.members();

        family.admit(MOTHER, FamilyRole.MOTHER, true, true, NOW);

        assertThat(before).isEmpty();
    }

    @Test
    void a_stored_family_does_not_share_the_list_it_was_rebuilt_from() {
        List<Membership> stored = new ArrayList<>(List.of(mother()));
        Family family = Family.reconstitute(ID, NAME, RecordKeepingMode.PARENT, stored, CREATED, 9);

        stored.clear();

        assertThat(family.members()).containsExactly(mother());
        assertThat(family.version()).isEqualTo(9);
    }
}
