package org.cradle.application.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.RecordedTrail;
import org.cradle.application.access.Access;
import org.cradle.application.access.Relationships;
import org.cradle.application.consent.CoverageAnswers;
import org.cradle.application.sharing.ReferralDecisions;
import org.cradle.application.sharing.ShareFacts;
import org.cradle.contracts.access.InMemoryInvolvements;
import org.cradle.contracts.casenote.InMemoryCaseNotes;
import org.cradle.contracts.consent.InMemoryConsents;
import org.cradle.contracts.family.InMemoryFamilies;
import org.cradle.contracts.organisation.InMemoryOrganisations;
import org.cradle.contracts.person.InMemoryPeople;
import org.cradle.contracts.referral.InMemoryCustodians;
import org.cradle.contracts.referral.InMemoryReferralRequests;
import org.cradle.contracts.referral.InMemoryReferrals;
import org.cradle.contracts.sharing.InMemorySharingDecisions;
import org.cradle.domain.ConflictException;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.audit.AuditAction;
import org.cradle.domain.audit.AuditEvent;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.Membership;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.Organisation;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;
import org.cradle.domain.referral.ReferralStatus;
import org.cradle.domain.sharing.LawfulBasis;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingOutcome;
import org.cradle.domain.sharing.WithoutConsent;
import org.junit.jupiter.api.Test;

/** The referral use cases on in-memory ports: the rules that need more than one aggregate. */
class ReferralUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId SOUTH = new OrganisationId("south-council");
    private static final OrganisationId EAST = new OrganisationId("east-council");
    private static final Actor NORTH_PRACTITIONER = Actor.practitioner("j.mensah", NORTH, Set.of(Role.PRACTITIONER));
    private static final Actor SOUTH_PRACTITIONER = Actor.practitioner("k.osei", SOUTH, Set.of(Role.PRACTITIONER));
    private static final Actor EAST_PRACTITIONER = Actor.practitioner("e.ward", EAST, Set.of(Role.PRACTITIONER));
    private static final NhsNumber NOBODYS_NHS_NUMBER = new NhsNumber("9434765005");

    private final Person mother = person("Ada", "9434765919");
    private final Person father = person("Ben", "4010232137");
    private final Person child = person("Cy", null);
    private final Family family = Family.reconstitute(
            FamilyId.newId(),
            new FamilyName("Okafor household"),
            RecordKeepingMode.LINKED,
            List.of(
                    new Membership(mother.id(), FamilyRole.MOTHER, true, true, NOW),
                    new Membership(father.id(), FamilyRole.FATHER, false, true, NOW),
                    new Membership(child.id(), FamilyRole.CHILD, true, false, NOW)),
            NOW,
            1);

    /** How each organisation stands with the family; absent: not at all. */
    private final Map<OrganisationId, Relationship> relationships = new HashMap<>();

    private final RecordedTrail recorded = new RecordedTrail();
    private final List<AuditEvent> audited = recorded.events;
    private final List<AuditEvent> denied = recorded.denials;

    /** The facts the access policy reads are the test's own: how each organisation stands with the family. */
    private final Access access = new Access(
            new Relationships() {
                @Override
                public Optional<Relationship> with(Actor actor, FamilyId id, Instant at) {
                    return id.equals(family.id())
                            ? Optional.of(relationships.getOrDefault(actor.organisation(), Relationship.NONE))
                            : Optional.empty();
                }

                @Override
                public Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
                    return family.membershipOf(person).isPresent()
                            ? Optional.of(Map.of(
                                    family.id(), relationships.getOrDefault(actor.organisation(), Relationship.NONE)))
                            : Optional.empty();
                }
            },
            (actor, family, day) -> java.util.Set.of(),
            (family, day) -> java.util.Set.of(),
            recorded.accessDenials(),
            CLOCK,
            recorded.unitOfWork());

    private final InMemoryFamilies families = new InMemoryFamilies();
    private final InMemoryOrganisations directory = new InMemoryOrganisations();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryConsents consents = new InMemoryConsents(families);
    private final InMemoryReferrals referralStore = new InMemoryReferrals();
    private final InMemoryReferralRequests requestStore = new InMemoryReferralRequests();
    private final InMemoryInvolvements involved = new InMemoryInvolvements();
    private final InMemorySharingDecisions decisionStore = new InMemorySharingDecisions();

    private final ReferralConsent referralConsent = new ReferralConsent(new CoverageAnswers(consents));
    private final ReferralParties parties = new ReferralParties(access, referralStore, requestStore);

    /** Each referral is recorded as the sharing decision it is. */
    private final ReferralDecisions referralDecisions = new ReferralDecisions(
            new ShareFacts(
                    directory,
                    new CoverageAnswers(consents),
                    // A referral carries categories, never case notes: nothing to read.
                    new InMemoryCaseNotes(),
                    access,
                    CLOCK),
            decisionStore);

    private final MakeReferral makeReferral = new MakeReferral(
            access, families, directory, people, referralStore, referralConsent, referralDecisions, CLOCK);
    private final AcceptReferral acceptReferral = new AcceptReferral(
            access, parties, referralStore, referralConsent, referralDecisions, involved, people, CLOCK);
    private final GetReferral getReferral = new GetReferral(access, parties, people);
    private final AskForReferral askForReferral =
            new AskForReferral(access, new InMemoryCustodians(people, families, involved), requestStore);
    private final ListReferralRequests listRequests = new ListReferralRequests(access, requestStore, people);
    private final AnswerReferralRequest answerRequest =
            new AnswerReferralRequest(access, parties, requestStore, families, makeReferral);

    ReferralUseCasesTest() {
        relationships.put(NORTH, new Relationship(true, List.of(), true, true, false, false));
        families.add(family);
        involved.addCustodian(family.id(), NORTH, NOW);
        List.of(mother, father, child).forEach(people::add);
        // The directory knows every organisation here but east-council.
        List.of(NORTH, SOUTH, new OrganisationId("west-council"))
                .forEach(id -> directory.save(new Organisation(id, id.value(), null)));
    }

    // --- making a referral ---------------------------------------------------------------------

    @Test
    void a_referral_every_named_persons_consent_covers_is_made_and_audited_in_the_family() {
        consentToSouth(mother.id());
        consentToSouth(child.id());

        ReferralDetails made = makeReferral.make(NORTH_PRACTITIONER, toSouth(mother.id(), child.id()));

        assertThat(made.referral().status()).isEqualTo(ReferralStatus.PENDING);
        assertThat(made.people()).extracting(Person::id).containsExactly(mother.id(), child.id());
        assertThat(referralStore.find(made.referral().id())).isPresent();
        assertThat(audited)
                .filteredOn(event -> event.action() == AuditAction.REFERRAL_MADE)
                .singleElement()
                .satisfies(event -> assertThat(event.familyId()).contains(family.id()));
        assertThat(decisionOf(made.referral().id())).satisfies(decision -> {
            assertThat(decision.advice().outcome()).isEqualTo(SharingOutcome.SHARE);
            assertThat(decision.advice().reliedOn()).hasSize(2);
            assertThat(decision.proposal().recipient().organisation()).isEqualTo(SOUTH);
        });
        assertThat(audited)
                .filteredOn(event -> event.action() == AuditAction.SHARING_DECIDED)
                .hasSize(2);
    }

    @Test
    void without_consent_a_safeguarding_lead_refers_on_a_lawful_basis_and_acceptance_does_not_ask_consent_again() {
        Actor lead = Actor.practitioner("s.lead", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
        WithoutConsent harm = new WithoutConsent(
                LawfulBasis.SIGNIFICANT_HARM_TO_A_CHILD,
                "Bruising seen at the home visit.",
                "The infant's basic details only.");

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> makeReferral.make(NORTH_PRACTITIONER, withoutConsent(harm, child.id())))
                .satisfies(e -> assertThat(e.code()).isEqualTo("safeguarding-competence"));
        assertThat(referralsMade()).isEmpty();

        ReferralId referral = makeReferral
                .make(lead, withoutConsent(harm, child.id()))
                .referral()
                .id();
        assertThat(decisionOf(referral).advice().outcome()).isEqualTo(SharingOutcome.SHARE_WITHOUT_CONSENT);
        acceptReferral.accept(SOUTH_PRACTITIONER, referral);
        assertThat(referralsAccepted()).hasSize(1);
    }

    @Test
    void a_person_whose_consent_does_not_cover_it_refuses_the_whole_referral_naming_them() {
        consentToSouth(mother.id());

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> makeReferral.make(NORTH_PRACTITIONER, toSouth(mother.id(), father.id())))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("not-covered");
                    assertThat(e.field()).contains("people[1]");
                    assertThat(e.getMessage()).contains(father.id().toString(), "BASIC_DETAILS is NOT_ASKED");
                });
        assertThat(referralsMade()).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void consent_to_another_organisation_does_not_cover_a_referral_to_this_one() {
        consentToSouth(mother.id());

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> makeReferral.make(
                        NORTH_PRACTITIONER,
                        new MakeReferral.Command(
                                family.id(),
                                new OrganisationId("west-council"),
                                Purpose.DIRECT_SUPPORT,
                                List.of(mother.id()),
                                Set.of(InformationCategory.BASIC_DETAILS),
                                null)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("not-covered"));
    }

    @Test
    void a_referred_organisation_refers_on_only_the_people_it_sees() {
        consentToEveryone();
        relationships.put(
                SOUTH,
                new Relationship(
                        false,
                        List.of(new ReferralGrant(
                                NORTH, Set.of(mother.id()), Set.of(InformationCategory.BASIC_DETAILS))),
                        true,
                        false,
                        false,
                        false));
        MakeReferral.Command onward = new MakeReferral.Command(
                family.id(),
                NORTH,
                Purpose.DIRECT_SUPPORT,
                List.of(mother.id(), father.id()),
                Set.of(InformationCategory.BASIC_DETAILS),
                null);

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> makeReferral.make(SOUTH_PRACTITIONER, onward))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("not-a-member");
                    assertThat(e.field()).contains("people[1]");
                });
    }

    @Test
    void an_organisation_that_does_not_work_with_the_family_finds_no_family_to_refer() {
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> makeReferral.make(EAST_PRACTITIONER, toSouth(mother.id())));
        assertThat(denied).extracting(AuditEvent::action).containsExactly(AuditAction.ACCESS_DENIED);
    }

    @Test
    void an_organisation_outside_the_directory_is_not_referred_to() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> makeReferral.make(
                        NORTH_PRACTITIONER,
                        new MakeReferral.Command(
                                family.id(),
                                EAST,
                                Purpose.DIRECT_SUPPORT,
                                List.of(mother.id()),
                                Set.of(InformationCategory.BASIC_DETAILS),
                                null)))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("unknown-organisation");
                    assertThat(e.field()).contains("to");
                });
    }

    // --- answering it --------------------------------------------------------------------------

    @Test
    void accepting_makes_the_receiving_organisation_work_with_the_people_and_categories_named() {
        consentToSouth(mother.id());
        ReferralId referral = makeReferral
                .make(NORTH_PRACTITIONER, toSouth(mother.id()))
                .referral()
                .id();

        ReferralDetails accepted = acceptReferral.accept(SOUTH_PRACTITIONER, referral);

        assertThat(accepted.referral().status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referralsAccepted())
                .extracting(
                        InMemoryInvolvements.Involvement::family,
                        InMemoryInvolvements.Involvement::organisation,
                        InMemoryInvolvements.Involvement::referredBy,
                        InMemoryInvolvements.Involvement::referral,
                        InMemoryInvolvements.Involvement::people,
                        InMemoryInvolvements.Involvement::categories)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        family.id(),
                        SOUTH,
                        NORTH,
                        referral.value(),
                        Set.of(mother.id()),
                        Set.of(InformationCategory.BASIC_DETAILS)));
        assertThat(audited).extracting(AuditEvent::action).contains(AuditAction.REFERRAL_ACCEPTED);
    }

    @Test
    void consent_withdrawn_before_acceptance_refuses_it_and_nothing_is_involved() {
        consentToSouth(mother.id());
        ReferralId referral = makeReferral
                .make(NORTH_PRACTITIONER, toSouth(mother.id()))
                .referral()
                .id();
        withdrawEveryConsent();

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> acceptReferral.accept(SOUTH_PRACTITIONER, referral))
                .satisfies(e -> assertThat(e.code()).isEqualTo("not-covered"));
        assertThat(referralsAccepted()).isEmpty();
    }

    @Test
    void a_referral_does_not_exist_for_an_organisation_it_is_not_between_and_the_attempt_is_recorded() {
        consentToSouth(mother.id());
        ReferralId referral = makeReferral
                .make(NORTH_PRACTITIONER, toSouth(mother.id()))
                .referral()
                .id();

        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> getReferral.get(EAST_PRACTITIONER, referral))
                .withMessage(new RecordNotFoundException("referral", referral.value()).getMessage());
        assertThatExceptionOfType(RecordNotFoundException.class)
                .isThrownBy(() -> acceptReferral.accept(EAST_PRACTITIONER, referral));
        assertThat(denied)
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.ACCESS_DENIED, AuditAction.ACCESS_DENIED);
        assertThat(referralStore.find(referral).orElseThrow().status()).isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void reading_a_referral_audits_each_person_whose_details_it_shows() {
        consentToEveryone();
        ReferralId referral = makeReferral
                .make(NORTH_PRACTITIONER, toSouth(mother.id(), child.id()))
                .referral()
                .id();
        audited.clear();

        getReferral.get(SOUTH_PRACTITIONER, referral);

        assertThat(audited)
                .extracting(AuditEvent::action, event -> event.personId().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.REFERRAL_READ, mother.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.REFERRAL_READ, child.id()));
    }

    // --- asking for a referral -----------------------------------------------------------------

    @Test
    void a_request_goes_to_the_custodian_and_tells_the_asker_nothing_of_the_person() {
        List<ReferralRequestDetails> asked = askForReferral.ask(SOUTH_PRACTITIONER, ask(mother));

        assertThat(asked).singleElement().satisfies(details -> {
            assertThat(details.holderView()).isFalse();
            assertThat(details.person()).isEmpty();
            assertThat(details.request().holder()).isEqualTo(NORTH);
        });
        assertThat(listRequests
                        .list(
                                NORTH_PRACTITIONER,
                                new ListReferralRequests.Query(ReferralBox.INBOX, Optional.empty()),
                                new PageRequest(0, 20))
                        .items())
                .singleElement()
                .satisfies(
                        details -> assertThat(details.person()).map(Person::id).contains(mother.id()));
    }

    @Test
    void an_nhs_number_nobody_holds_is_refused_and_one_the_asker_works_with_conflicts() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> askForReferral.ask(SOUTH_PRACTITIONER, ask(NOBODYS_NHS_NUMBER)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("unknown-nhs-number"));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> askForReferral.ask(NORTH_PRACTITIONER, ask(mother)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-working-with"));
        assertThat(requestsAsked()).isEmpty();
    }

    @Test
    void the_holder_answers_by_referring_the_person_to_the_asker_and_only_the_holder_may() {
        consentToSouth(mother.id());
        ReferralRequestId request = askForReferral
                .ask(SOUTH_PRACTITIONER, ask(mother))
                .get(0)
                .request()
                .id();
        AnswerReferralRequest.Command answer = new AnswerReferralRequest.Command(
                request, family.id(), List.of(mother.id()), Set.of(InformationCategory.BASIC_DETAILS), null);

        assertThatExceptionOfType(org.cradle.domain.access.AccessDeniedException.class)
                .isThrownBy(() -> answerRequest.answer(SOUTH_PRACTITIONER, answer));
        ReferralDetails made = answerRequest.answer(NORTH_PRACTITIONER, answer);

        assertThat(made.referral().to()).isEqualTo(SOUTH);
        assertThat(made.referral().answering()).contains(request);
        assertThat(requestStore.find(request).orElseThrow().status()).isEqualTo(ReferralRequestStatus.ANSWERED);
        assertThat(requestStore.find(request).orElseThrow().referral())
                .contains(made.referral().id());
    }

    @Test
    void an_answer_names_the_person_asked_about() {
        consentToEveryone();
        ReferralRequestId request = askForReferral
                .ask(SOUTH_PRACTITIONER, ask(mother))
                .get(0)
                .request()
                .id();

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> answerRequest.answer(
                        NORTH_PRACTITIONER,
                        new AnswerReferralRequest.Command(
                                request,
                                family.id(),
                                List.of(child.id()),
                                Set.of(InformationCategory.BASIC_DETAILS),
                                null)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("requested-person-not-named"));
        assertThat(referralsMade()).isEmpty();
    }

    // --- the world -----------------------------------------------------------------------------

    private MakeReferral.Command withoutConsent(WithoutConsent basis, PersonId... named) {
        return new MakeReferral.Command(
                family.id(),
                SOUTH,
                Purpose.DIRECT_SUPPORT,
                List.of(named),
                Set.of(InformationCategory.BASIC_DETAILS),
                "Child protection enquiry",
                basis,
                true,
                null);
    }

    private MakeReferral.Command toSouth(PersonId... named) {
        return new MakeReferral.Command(
                family.id(),
                SOUTH,
                Purpose.DIRECT_SUPPORT,
                List.of(named),
                Set.of(InformationCategory.BASIC_DETAILS),
                "Feeding support");
    }

    private static AskForReferral.Command ask(Person person) {
        return ask(person.nhsNumber().orElseThrow());
    }

    private static AskForReferral.Command ask(NhsNumber nhsNumber) {
        return new AskForReferral.Command(nhsNumber, Purpose.DIRECT_SUPPORT, null);
    }

    private SharingDecision decisionOf(ReferralId referral) {
        return decisionStore.forReferral(referral).orElseThrow();
    }

    private List<Referral> referralsMade() {
        return referralStore
                .of(NORTH, ReferralBox.OUTBOX, Optional.empty(), new PageRequest(0, 100))
                .items();
    }

    private List<ReferralRequest> requestsAsked() {
        return requestStore
                .of(NORTH, ReferralBox.INBOX, Optional.empty(), new PageRequest(0, 100))
                .items();
    }

    private List<InMemoryInvolvements.Involvement> referralsAccepted() {
        return involved.all().stream().filter(i -> !i.custodian()).toList();
    }

    /** Every consent recorded is withdrawn from today. */
    private void withdrawEveryConsent() {
        List.of(mother, father, child)
                .forEach(person -> consents.ofSubject(person.id()).forEach(consent -> {
                    consent.withdraw(consent.current().number(), TODAY, NORTH_PRACTITIONER, TODAY, NOW);
                    consents.update(consent);
                }));
    }

    private void consentToEveryone() {
        List.of(mother, father, child).forEach(p -> consentToSouth(p.id()));
        List.of(mother, father, child).forEach(p -> consent(p.id(), NORTH));
    }

    /** A given consent: basic details, for direct support, to south-council. */
    private void consentToSouth(PersonId subject) {
        consent(subject, SOUTH);
    }

    private void consent(PersonId subject, OrganisationId recipient) {
        PersonId grantor = subject.equals(child.id()) ? mother.id() : subject;
        Consent consent = Consent.record(
                ConsentId.newId(),
                family.id(),
                subject,
                grantor,
                Decision.GIVEN,
                new ConsentTerms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(recipient)),
                        EnumSet.of(InformationCategory.BASIC_DETAILS),
                        Set.of(),
                        NotesKeptIn.LINKED_RECORDS,
                        ConsentMethod.EXPLICIT_WRITTEN,
                        TODAY.minusDays(1),
                        TODAY.plusMonths(6),
                        null),
                NORTH_PRACTITIONER,
                TODAY,
                NOW);
        consents.add(consent);
    }

    private static Person person(String givenName, String nhsNumber) {
        return Person.reconstitute(
                PersonId.newId(),
                new PersonName(givenName, "Okafor"),
                new LifeDates(LocalDate.of(1994, 4, 4), null),
                nhsNumber == null ? null : new NhsNumber(nhsNumber),
                NOW,
                0);
    }
}
