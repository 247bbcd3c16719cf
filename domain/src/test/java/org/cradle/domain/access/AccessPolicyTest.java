package org.cradle.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cradle.domain.access.AccessDecision.Allowed;
import org.cradle.domain.access.AccessDecision.Denied;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Capability;
import org.cradle.domain.actor.IntegrationClient;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.actor.SystemProcess;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final PersonId INFANT = PersonId.newId();
    private static final PersonId MOTHER = PersonId.newId();

    private static final Relationship CUSTODIAN = new Relationship(true, List.of(), true, false, false, false);
    private static final Relationship STRANGER = Relationship.NONE;
    private static final Relationship BREAK_GLASS = new Relationship(false, List.of(), false, false, false, true);

    private static Actor practitioner(OrganisationId organisation, Role... roles) {
        return new Practitioner("j.adeyemi", organisation, Set.of(roles));
    }

    private static Relationship referredBy(
            OrganisationId from, Set<PersonId> people, InformationCategory... categories) {
        return new Relationship(
                false, List.of(new ReferralGrant(from, people, Set.of(categories))), false, false, false, false);
    }

    private static Relationship custodianWhere(boolean lead, boolean team) {
        return new Relationship(true, List.of(), true, lead, team, false);
    }

    private static AccessDecision decide(Actor actor, Need need, Relationship relationship) {
        return AccessPolicy.decide(actor, need, relationship);
    }

    private static final Need SEE_FAMILY = new Need.SeeFamily(Capability.READ_FAMILY_RECORDS);
    private static final Need CHANGE_FAMILY = new Need.ChangeFamily(Capability.WRITE_FAMILY_RECORDS);

    @Test
    void the_roles_come_first_an_auditor_is_refused_a_family_even_of_their_own_organisation() {
        assertThat(decide(practitioner(NORTH, Role.AUDITOR), SEE_FAMILY, CUSTODIAN))
                .isEqualTo(new Denied(
                        "This needs one of the roles integrator, practitioner, safeguarding-lead," + " team-manager.",
                        false));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"RECORDS_OFFICER", "AUDITOR", "ADMIN", "CALDICOTT_GUARDIAN"})
    void roles_that_never_see_content_cannot_read_family_records(Role role) {
        assertThat(practitioner(NORTH, role).may(Capability.READ_FAMILY_RECORDS))
                .isFalse();
        assertThat(practitioner(NORTH, role).may(Capability.READ_CASE_NOTES)).isFalse();
    }

    @Test
    void a_family_the_organisation_does_not_work_with_is_hidden_as_if_it_did_not_exist() {
        AccessDecision decision = decide(practitioner(SOUTH, Role.PRACTITIONER), SEE_FAMILY, STRANGER);

        assertThat(decision).isInstanceOf(Denied.class);
        assertThat(((Denied) decision).hidden()).isTrue();
    }

    @Test
    void the_organisation_that_created_the_family_sees_it_on_the_ground_of_its_own_work() {
        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), SEE_FAMILY, CUSTODIAN))
                .isEqualTo(new Allowed(Ground.OWN_ORGANISATION));
    }

    @Test
    void a_referred_organisation_sees_the_family_and_only_the_people_its_referral_names() {
        Relationship referred = referredBy(NORTH, Set.of(INFANT), InformationCategory.BASIC_DETAILS);
        Actor south = practitioner(SOUTH, Role.PRACTITIONER);

        assertThat(decide(south, SEE_FAMILY, referred)).isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(decide(south, new Need.SeePerson(INFANT, Capability.READ_FAMILY_RECORDS), referred))
                .isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(((Denied) decide(south, new Need.SeePerson(MOTHER, Capability.READ_FAMILY_RECORDS), referred))
                        .hidden())
                .isTrue();
    }

    @Test
    void only_the_organisation_holding_the_family_record_may_change_it_a_referred_one_is_refused() {
        Relationship referred = referredBy(NORTH, Set.of(), InformationCategory.BASIC_DETAILS);

        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), CHANGE_FAMILY, CUSTODIAN)
                        .allowed())
                .isTrue();
        AccessDecision refused = decide(practitioner(SOUTH, Role.PRACTITIONER), CHANGE_FAMILY, referred);
        assertThat(refused).isInstanceOf(Denied.class);
        assertThat(((Denied) refused).hidden()).isFalse();
    }

    @Test
    void opening_an_episode_needs_the_organisation_to_work_with_the_family_first() {
        Need open = new Need.WorkWithFamily(Capability.WRITE_FAMILY_RECORDS);

        assertThat(decide(practitioner(SOUTH, Role.PRACTITIONER), open, STRANGER)
                        .allowed())
                .isFalse();
        assertThat(decide(
                                practitioner(SOUTH, Role.PRACTITIONER),
                                open,
                                referredBy(NORTH, Set.of(), InformationCategory.BASIC_DETAILS))
                        .allowed())
                .isTrue();
    }

    @Test
    void recording_a_consent_needs_an_open_episode_of_the_organisation() {
        Need record = new Need.RecordAbout(MOTHER, Capability.RECORD_CONSENTS);
        Relationship workEnded = new Relationship(true, List.of(), false, false, false, false);

        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), record, CUSTODIAN)
                        .allowed())
                .isTrue();
        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), record, workEnded))
                .isEqualTo(new Denied(
                        "Only an organisation working with the family (with an open episode) may do this;"
                                + " north-council has none.",
                        false));
    }

    @Test
    void another_organisations_consent_is_seen_only_as_far_as_a_referral_from_it_covers_the_subject() {
        Need seeConsent = new Need.SeeRecord(HeldRecord.consent(NORTH, MOTHER), Capability.READ_CONSENTS);
        Actor south = practitioner(SOUTH, Role.PRACTITIONER);

        assertThat(decide(south, seeConsent, referredBy(NORTH, Set.of(MOTHER), InformationCategory.BASIC_DETAILS)))
                .isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(decide(south, seeConsent, referredBy(NORTH, Set.of(INFANT), InformationCategory.BASIC_DETAILS))
                        .allowed())
                .isFalse();
    }

    @Test
    void a_persons_consent_shows_their_records_to_an_organisation_working_with_the_family_whoever_holds_them() {
        Relationship referredForTheInfant = referredBy(NORTH, Set.of(INFANT), InformationCategory.BASIC_DETAILS)
                .consenting(Set.of(
                        new Consented(MOTHER, InformationCategory.BASIC_DETAILS),
                        new Consented(MOTHER, InformationCategory.DEVELOPMENT_AND_HEALTH)));
        Actor southLead = practitioner(SOUTH, Role.SAFEGUARDING_LEAD);

        assertThat(decide(southLead, new Need.SeePerson(MOTHER, Capability.READ_FAMILY_RECORDS), referredForTheInfant))
                .isEqualTo(new Allowed(Ground.CONSENT));
        assertThat(decide(
                        southLead,
                        new Need.SeeRecord(
                                HeldRecord.caseNote(
                                        NORTH, Set.of(MOTHER), InformationCategory.DEVELOPMENT_AND_HEALTH, "a"),
                                Capability.READ_CASE_NOTES),
                        referredForTheInfant))
                .isEqualTo(new Allowed(Ground.CONSENT));
        assertThat(decide(
                                southLead,
                                new Need.SeeRecord(
                                        HeldRecord.caseNote(
                                                NORTH, Set.of(MOTHER), InformationCategory.MENTAL_HEALTH, "a"),
                                        Capability.READ_CASE_NOTES),
                                referredForTheInfant)
                        .allowed())
                .as("consent to health information is not consent to mental health information")
                .isFalse();
    }

    @Test
    void consent_alone_does_not_open_a_family_the_organisation_does_not_work_with() {
        Relationship consentedOnly =
                STRANGER.consenting(Set.of(new Consented(MOTHER, InformationCategory.BASIC_DETAILS)));

        assertThat(((Denied) decide(
                                practitioner(SOUTH, Role.PRACTITIONER),
                                new Need.SeePerson(MOTHER, Capability.READ_FAMILY_RECORDS),
                                consentedOnly))
                        .hidden())
                .isTrue();
    }

    @Test
    void only_the_organisation_that_holds_a_consent_may_withdraw_it() {
        Need withdraw = new Need.ChangeRecord(HeldRecord.consent(NORTH, MOTHER), Capability.RECORD_CONSENTS);
        Relationship referred = referredBy(NORTH, Set.of(), InformationCategory.BASIC_DETAILS);

        AccessDecision refused = decide(practitioner(SOUTH, Role.PRACTITIONER), withdraw, referred);

        assertThat(refused).isEqualTo(new Denied("Only north-council, which holds this record, may change it.", false));
    }

    @Test
    void a_practitioner_neither_lead_nor_on_the_team_sees_the_basic_details_but_not_the_case_notes() {
        Actor colleague = practitioner(NORTH, Role.PRACTITIONER);
        Need note = new Need.SeeRecord(
                HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "someone"),
                Capability.READ_CASE_NOTES);

        assertThat(decide(colleague, SEE_FAMILY, CUSTODIAN).allowed()).isTrue();
        assertThat(decide(colleague, note, custodianWhere(false, false)).allowed())
                .isFalse();
        assertThat(decide(colleague, note, custodianWhere(true, false)).allowed())
                .isTrue();
        assertThat(decide(colleague, note, custodianWhere(false, true)).allowed())
                .isTrue();
    }

    @Test
    void a_sensitive_note_goes_to_its_author_the_lead_the_team_and_safeguarding_leads_but_not_a_team_manager() {
        HeldRecord sensitive = HeldRecord.caseNote(NORTH, Set.of(MOTHER), InformationCategory.MENTAL_HEALTH, "author");
        HeldRecord ordinary =
                HeldRecord.caseNote(NORTH, Set.of(MOTHER), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");
        Relationship outsideTheTeam = custodianWhere(false, false);

        assertThat(decide(
                                new Practitioner("author", NORTH, Set.of(Role.PRACTITIONER)),
                                new Need.SeeRecord(sensitive, Capability.READ_CASE_NOTES),
                                outsideTheTeam)
                        .allowed())
                .isTrue();
        assertThat(decide(
                                practitioner(NORTH, Role.SAFEGUARDING_LEAD),
                                new Need.SeeRecord(sensitive, Capability.READ_CASE_NOTES),
                                outsideTheTeam)
                        .allowed())
                .isTrue();
        assertThat(decide(
                                practitioner(NORTH, Role.TEAM_MANAGER),
                                new Need.SeeRecord(sensitive, Capability.READ_CASE_NOTES),
                                outsideTheTeam)
                        .allowed())
                .isFalse();
        assertThat(decide(
                                practitioner(NORTH, Role.TEAM_MANAGER),
                                new Need.SeeRecord(ordinary, Capability.READ_CASE_NOTES),
                                outsideTheTeam)
                        .allowed())
                .isTrue();
    }

    @Test
    void nothing_about_a_person_is_shown_to_a_family_member_their_consent_excludes() {
        PersonId father = PersonId.newId();
        Actor lead = practitioner(NORTH, Role.PRACTITIONER);
        Relationship motherExcludesFather =
                custodianWhere(true, false).excluding(Set.of(new Exclusion(MOTHER, father)));
        HeldRecord aboutMother =
                HeldRecord.caseNote(NORTH, Set.of(MOTHER), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");
        HeldRecord aboutBoth = HeldRecord.caseNote(
                NORTH, Set.of(MOTHER, INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");
        HeldRecord aboutInfant =
                HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");

        AccessDecision toFather = decide(
                lead,
                new Need.ShowToFamilyMember(aboutMother, father, Capability.READ_CASE_NOTES),
                motherExcludesFather);
        assertThat(toFather).isInstanceOf(Denied.class);
        assertThat(((Denied) toFather).reason()).contains("excludes this family member");
        assertThat(decide(
                                lead,
                                new Need.ShowToFamilyMember(aboutBoth, father, Capability.READ_CASE_NOTES),
                                motherExcludesFather)
                        .allowed())
                .as("a linked record about the mother and the infant is about her too")
                .isFalse();
        assertThat(decide(
                                lead,
                                new Need.ShowToFamilyMember(aboutInfant, father, Capability.READ_CASE_NOTES),
                                motherExcludesFather)
                        .allowed())
                .as("the infant's own record is not hers to withhold")
                .isTrue();
        assertThat(decide(
                                lead,
                                new Need.ShowToFamilyMember(aboutMother, INFANT, Capability.READ_CASE_NOTES),
                                motherExcludesFather)
                        .allowed())
                .as("she excluded the father, no one else")
                .isTrue();
    }

    @Test
    void a_recorded_share_shows_the_sharers_records_in_the_shared_categories_and_does_not_open_the_family() {
        Actor southLead = practitioner(SOUTH, Role.SAFEGUARDING_LEAD);
        Relationship referredAndShared = referredBy(NORTH, Set.of(INFANT), InformationCategory.BASIC_DETAILS)
                .sharing(List.of(
                        new ReferralGrant(NORTH, Set.of(INFANT), Set.of(InformationCategory.DEVELOPMENT_AND_HEALTH))));
        HeldRecord growth =
                HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");
        HeldRecord abuse = HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.DOMESTIC_ABUSE, "author");

        assertThat(decide(southLead, new Need.SeeRecord(growth, Capability.READ_CASE_NOTES), referredAndShared))
                .isEqualTo(new AccessDecision.Allowed(Ground.SHARING_DECISION));
        assertThat(decide(southLead, new Need.SeeRecord(abuse, Capability.READ_CASE_NOTES), referredAndShared)
                        .allowed())
                .isFalse();
        Relationship sharedOnly = STRANGER.sharing(
                List.of(new ReferralGrant(NORTH, Set.of(INFANT), Set.of(InformationCategory.DEVELOPMENT_AND_HEALTH))));
        assertThat(decide(southLead, SEE_FAMILY, sharedOnly)).isInstanceOf(Denied.class);
    }

    @Test
    void a_note_another_organisation_sent_goes_to_whoever_reads_notes_there_a_sensitive_one_not_to_a_manager_alone() {
        Relationship referred = referredBy(
                NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, InformationCategory.MENTAL_HEALTH);
        HeldRecord growth =
                HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");
        HeldRecord mood = HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.MENTAL_HEALTH, "author");
        Actor practitioner = practitioner(SOUTH, Role.PRACTITIONER);
        Actor manager = practitioner(SOUTH, Role.TEAM_MANAGER);

        assertThat(decide(practitioner, new Need.SeeRecord(growth, Capability.READ_CASE_NOTES), referred))
                .as("neither lead nor on a team: the referral named the organisation")
                .isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(decide(practitioner, new Need.SeeRecord(mood, Capability.READ_CASE_NOTES), referred))
                .isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(decide(manager, new Need.SeeRecord(growth, Capability.READ_CASE_NOTES), referred))
                .isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(decide(manager, new Need.SeeRecord(mood, Capability.READ_CASE_NOTES), referred)
                        .allowed())
                .as("a sensitive category does not go to a team manager alone")
                .isFalse();
    }

    @Test
    void a_share_alone_shows_the_shared_notes_and_keeps_the_family_hidden() {
        Relationship sharedOnly = STRANGER.sharing(
                List.of(new ReferralGrant(NORTH, Set.of(INFANT), Set.of(InformationCategory.DEVELOPMENT_AND_HEALTH))));
        HeldRecord growth =
                HeldRecord.caseNote(NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "author");
        Actor practitioner = practitioner(SOUTH, Role.PRACTITIONER);

        assertThat(decide(practitioner, new Need.SeeRecord(growth, Capability.READ_CASE_NOTES), sharedOnly))
                .isEqualTo(new Allowed(Ground.SHARING_DECISION));
        assertThat(decide(
                                practitioner,
                                new Need.SeeRecord(HeldRecord.episode(NORTH), Capability.READ_CASE_NOTES),
                                sharedOnly)
                        .allowed())
                .isFalse();
        assertThat(decide(practitioner, SEE_FAMILY, sharedOnly)).isInstanceOf(Denied.class);
        assertThat(decide(practitioner, new Need.SeePerson(INFANT, Capability.READ_FAMILY_RECORDS), sharedOnly))
                .isInstanceOf(Denied.class);
    }

    @Test
    void a_family_member_is_shown_only_what_the_actor_showing_it_may_see() {
        PersonId father = PersonId.newId();
        HeldRecord sensitive = HeldRecord.caseNote(NORTH, Set.of(father), InformationCategory.MENTAL_HEALTH, "author");

        AccessDecision decision = decide(
                practitioner(NORTH, Role.PRACTITIONER),
                new Need.ShowToFamilyMember(sensitive, father, Capability.READ_CASE_NOTES),
                custodianWhere(false, false));

        assertThat(decision).isInstanceOf(Denied.class);
        assertThat(((Denied) decision).hidden()).isTrue();
    }

    @Test
    void a_referral_shows_another_organisations_notes_only_in_the_categories_it_names() {
        Relationship referredHealth = new Relationship(
                false,
                List.of(new ReferralGrant(
                        NORTH,
                        Set.of(INFANT),
                        Set.of(InformationCategory.BASIC_DETAILS, InformationCategory.DEVELOPMENT_AND_HEALTH))),
                true,
                true,
                false,
                false);
        Actor southLead = practitioner(SOUTH, Role.PRACTITIONER);

        assertThat(decide(
                        southLead,
                        new Need.SeeRecord(
                                HeldRecord.caseNote(
                                        NORTH, Set.of(INFANT), InformationCategory.DEVELOPMENT_AND_HEALTH, "a"),
                                Capability.READ_CASE_NOTES),
                        referredHealth))
                .isEqualTo(new Allowed(Ground.REFERRAL));
        assertThat(decide(
                                southLead,
                                new Need.SeeRecord(
                                        HeldRecord.caseNote(
                                                NORTH, Set.of(INFANT), InformationCategory.MENTAL_HEALTH, "a"),
                                        Capability.READ_CASE_NOTES),
                                referredHealth)
                        .allowed())
                .isFalse();
        assertThat(decide(
                                southLead,
                                new Need.SeeRecord(
                                        HeldRecord.caseNote(
                                                NORTH,
                                                Set.of(INFANT, MOTHER),
                                                InformationCategory.DEVELOPMENT_AND_HEALTH,
                                                "a"),
                                        Capability.READ_CASE_NOTES),
                                referredHealth)
                        .allowed())
                .as("a linked note about the mother too is not covered by a referral naming the infant")
                .isFalse();
    }

    @Test
    void break_glass_opens_everything_for_reading_flagged_and_nothing_for_writing() {
        Actor outsider = practitioner(SOUTH, Role.PRACTITIONER);
        Need sensitiveNote = new Need.SeeRecord(
                HeldRecord.caseNote(NORTH, Set.of(MOTHER), InformationCategory.DOMESTIC_ABUSE, "a"),
                Capability.READ_CASE_NOTES);

        AccessDecision read = decide(outsider, sensitiveNote, BREAK_GLASS);
        assertThat(read).isEqualTo(new Allowed(Ground.BREAK_GLASS));
        assertThat(((Allowed) read).breakGlass()).isTrue();
        assertThat(decide(outsider, CHANGE_FAMILY, BREAK_GLASS))
                .isEqualTo(new Denied(
                        "Only the organisation that holds the family's record may change it; south-council does"
                                + " not (break-glass access is read-only).",
                        false));
    }

    @Test
    void an_integration_client_may_use_only_the_capabilities_it_is_scoped_to_that_its_role_grants() {
        Actor client = new IntegrationClient("case-system", NORTH, Set.of(Capability.READ_FAMILY_RECORDS));
        Actor overScoped = new IntegrationClient("case-system", NORTH, Set.of(Capability.READ_CASE_NOTES));

        assertThat(decide(client, SEE_FAMILY, CUSTODIAN).allowed()).isTrue();
        assertThat(decide(client, CHANGE_FAMILY, CUSTODIAN))
                .isEqualTo(new Denied("This client is not scoped to cradle:write-family-records.", false));
        assertThat(overScoped.may(Capability.READ_CASE_NOTES))
                .as("scopes narrow a role, never widen it")
                .isFalse();
    }

    @Test
    void a_system_process_holds_no_capability_over_records() {
        assertThat(new SystemProcess("retention-sweeper").may(Capability.READ_FAMILY_RECORDS))
                .isFalse();
    }

    @Test
    void the_team_is_named_by_the_lead_a_manager_or_a_safeguarding_lead_never_by_a_colleague_adding_themselves() {
        Need manage = new Need.ManageTeam(HeldRecord.episode(NORTH));

        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), manage, custodianWhere(true, false))
                        .allowed())
                .isTrue();
        assertThat(decide(practitioner(NORTH, Role.TEAM_MANAGER), manage, custodianWhere(false, false))
                        .allowed())
                .isTrue();
        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), manage, custodianWhere(false, false))
                        .allowed())
                .isFalse();
        assertThat(decide(
                        practitioner(SOUTH, Role.SAFEGUARDING_LEAD),
                        manage,
                        referredBy(NORTH, Set.of(), InformationCategory.BASIC_DETAILS)))
                .isEqualTo(new Denied("Only north-council, which holds this record, may change it.", false));
    }

    @Test
    void who_saw_a_persons_record_is_for_those_in_the_work_not_every_colleague() {
        Need log = new Need.SeeAccessLog(MOTHER);

        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), log, custodianWhere(true, false))
                        .allowed())
                .isTrue();
        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), log, custodianWhere(false, false))
                        .allowed())
                .isFalse();
    }

    @Test
    void the_visible_records_for_a_list_agree_with_the_decision_on_each_record() {
        Relationship referred = new Relationship(
                false,
                List.of(new ReferralGrant(NORTH, Set.of(INFANT), Set.of(InformationCategory.BASIC_DETAILS))),
                true,
                false,
                false,
                false);
        Actor south = practitioner(SOUTH, Role.PRACTITIONER);
        VisibleRecords visible = AccessPolicy.visibleRecords(south, referred);
        List<HeldRecord> records = List.of(
                HeldRecord.consent(NORTH, INFANT),
                HeldRecord.consent(NORTH, MOTHER),
                HeldRecord.consent(SOUTH, MOTHER),
                HeldRecord.episode(NORTH),
                HeldRecord.caseNote(SOUTH, Set.of(INFANT), InformationCategory.MENTAL_HEALTH, "other"),
                HeldRecord.caseNote(SOUTH, Set.of(INFANT), InformationCategory.MENTAL_HEALTH, "j.adeyemi"));

        for (HeldRecord record : records) {
            assertThat(visible.sees(record))
                    .as(record.toString())
                    .isEqualTo(decide(south, new Need.SeeRecord(record, Capability.READ_CASE_NOTES), referred)
                            .allowed());
        }
    }

    @Test
    void a_subject_access_request_is_answered_by_those_who_see_all_the_organisation_holds_about_the_person() {
        Need answer = new Need.AnswerSubjectAccess(MOTHER);

        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), answer, custodianWhere(true, false)))
                .isEqualTo(new Allowed(Ground.OWN_ORGANISATION));
        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), answer, custodianWhere(false, true))
                        .allowed())
                .isTrue();
        assertThat(decide(practitioner(NORTH, Role.SAFEGUARDING_LEAD), answer, CUSTODIAN)
                        .allowed())
                .isTrue();
        assertThat(decide(practitioner(NORTH, Role.TEAM_MANAGER), answer, CUSTODIAN))
                .as("a team manager does not read sensitive notes: their package would leave them out")
                .isInstanceOf(Denied.class);
        assertThat(decide(practitioner(NORTH, Role.PRACTITIONER), answer, CUSTODIAN))
                .isInstanceOf(Denied.class);
    }

    @Test
    void break_glass_never_answers_a_subject_access_request_and_records_officers_never_prepare_one() {
        Need answer = new Need.AnswerSubjectAccess(MOTHER);

        AccessDecision glass = decide(practitioner(SOUTH, Role.SAFEGUARDING_LEAD), answer, BREAK_GLASS);
        assertThat(glass).isInstanceOf(Denied.class);
        assertThat(((Denied) glass).hidden()).isFalse();
        assertThat(decide(practitioner(NORTH, Role.RECORDS_OFFICER), answer, custodianWhere(true, true))
                        .allowed())
                .isFalse();
        assertThat(Capability.REVIEW_SUBJECT_ACCESS.grantedTo()).containsExactly(Role.RECORDS_OFFICER);
    }
}
