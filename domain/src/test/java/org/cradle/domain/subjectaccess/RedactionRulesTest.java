package org.cradle.domain.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cradle.domain.access.AccessDecision;
import org.cradle.domain.access.AccessPolicy;
import org.cradle.domain.access.Exclusion;
import org.cradle.domain.access.HeldRecord;
import org.cradle.domain.access.Need;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** The two redaction rules, as a records officer would state them. */
class RedactionRulesTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId FATHER = PersonId.newId();
    private static final PersonId INFANT = PersonId.newId();
    private static final FamilyId FAMILY = FamilyId.newId();

    private static final Actor LEAD = new Practitioner("s.lead", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Relationship CUSTODIAN = new Relationship(true, List.of(), true, false, false, false);

    private static final SubjectAccessRequest MOTHERS_OWN =
            new SubjectAccessRequest(MOTHER, null, LocalDate.parse("2026-11-19"));
    private static final SubjectAccessRequest FATHER_FOR_INFANT =
            new SubjectAccessRequest(INFANT, FATHER, LocalDate.parse("2026-11-19"));

    /** The access policy's answer to showing a record to the requester, with whom consents exclude. */
    private static Function<HeldRecord, AccessDecision> showing(SubjectAccessRequest request, Exclusion... excluded) {
        Relationship facts = CUSTODIAN.excluding(Set.of(excluded));
        return record -> AccessPolicy.decide(
                LEAD,
                new Need.ShowToFamilyMember(record, request.requester(), Capability.PREPARE_SUBJECT_ACCESS),
                facts);
    }

    private static Set<RedactionReason> reasons(CaseNote note, SubjectAccessRequest request, Exclusion... excluded) {
        CaseNoteVersion version = note.current();
        return RedactionRules.reasons(
                ExportItems.caseNote(note, version, Object::toString),
                note.held(version),
                request,
                NORTH,
                showing(request, excluded));
    }

    private static CaseNote note(Set<PersonId> about, Set<PersonId> mentions) {
        NoteContent content = new NoteContent(
                "Home visit.", InformationCategory.DEVELOPMENT_AND_HEALTH, NoteKind.FACT, about, mentions);
        return CaseNote.reconstitute(
                CaseNoteId.newId(),
                EpisodeId.newId(),
                FAMILY,
                NORTH,
                List.of(new CaseNoteVersion(1, content, "j.adeyemi", NOW, null)));
    }

    @Test
    void a_note_only_about_the_person_goes_to_them_as_it_is() {
        assertThat(reasons(note(Set.of(MOTHER), Set.of()), MOTHERS_OWN)).isEmpty();
    }

    @Test
    void a_note_that_mentions_someone_else_is_third_party_information() {
        assertThat(reasons(note(Set.of(MOTHER), Set.of(FATHER)), MOTHERS_OWN))
                .containsExactly(RedactionReason.THIRD_PARTY);
    }

    @Test
    void a_linked_note_about_mother_and_infant_is_third_party_information_in_the_mothers_own_request() {
        assertThat(reasons(note(Set.of(MOTHER, INFANT), Set.of()), MOTHERS_OWN))
                .containsExactly(RedactionReason.THIRD_PARTY);
    }

    @Test
    void what_a_parent_asks_for_their_infant_about_themselves_is_not_third_party_to_them() {
        assertThat(reasons(note(Set.of(INFANT), Set.of(FATHER)), FATHER_FOR_INFANT))
                .isEmpty();
    }

    @Test
    void a_note_about_a_mother_whose_consent_excludes_the_requesting_father_is_withheld_for_her_consent() {
        assertThat(reasons(note(Set.of(INFANT, MOTHER), Set.of()), FATHER_FOR_INFANT, new Exclusion(MOTHER, FATHER)))
                .containsExactlyInAnyOrder(RedactionReason.THIRD_PARTY, RedactionReason.EXCLUDED_BY_CONSENT);
    }

    @Test
    void a_mention_of_a_mother_whose_consent_excludes_the_requester_is_withheld_for_her_consent_too() {
        assertThat(reasons(note(Set.of(INFANT), Set.of(MOTHER)), FATHER_FOR_INFANT, new Exclusion(MOTHER, FATHER)))
                .contains(RedactionReason.EXCLUDED_BY_CONSENT);
    }

    @Test
    void the_infants_own_consent_excluding_the_requesting_father_withholds_even_what_is_only_about_the_infant() {
        assertThat(reasons(note(Set.of(INFANT), Set.of()), FATHER_FOR_INFANT, new Exclusion(INFANT, FATHER)))
                .containsExactly(RedactionReason.EXCLUDED_BY_CONSENT);
    }

    @Test
    void what_is_about_the_requester_alone_is_never_withheld_from_them_by_someone_elses_exclusion() {
        SubjectAccessRequest fathersOwn = new SubjectAccessRequest(FATHER, null, LocalDate.parse("2026-11-19"));

        assertThat(reasons(note(Set.of(FATHER), Set.of()), fathersOwn, new Exclusion(MOTHER, FATHER)))
                .isEmpty();
    }

    @Test
    void an_exclusion_of_someone_else_than_the_requester_does_not_withhold_anything_from_them() {
        PersonId grandmother = PersonId.newId();
        assertThat(reasons(note(Set.of(INFANT), Set.of()), FATHER_FOR_INFANT, new Exclusion(INFANT, grandmother)))
                .isEmpty();
    }

    @Test
    void a_records_officer_may_disclose_third_party_information_after_all_but_never_what_a_consent_excludes() {
        assertThat(RedactionReason.THIRD_PARTY.mayBeDisclosed()).isTrue();
        assertThat(RedactionReason.EXCLUDED_BY_CONSENT.mayBeDisclosed()).isFalse();
    }
}
