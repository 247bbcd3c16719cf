package org.cradle.application.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.cradle.application.Ports;
import org.cradle.application.RecordedTrail;
import org.cradle.application.access.Access;
import org.cradle.application.access.Involvements;
import org.cradle.application.access.Relationships;
import org.cradle.application.casenote.CaseNotes;
import org.cradle.application.consent.Consents;
import org.cradle.application.consent.CoverageAnswers;
import org.cradle.application.family.Families;
import org.cradle.application.organisation.Organisations;
import org.cradle.application.person.People;
import org.cradle.application.sharing.ReferralDecisions;
import org.cradle.application.sharing.ShareFacts;
import org.cradle.application.sharing.SharingDecisions;
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
import org.cradle.domain.consent.ConsentInForce;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.consent.TeamAroundTheFamily;
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

    private final Map<PersonId, List<ConsentInForce>> consents = new HashMap<>();
    private final Map<ReferralId, Referral> referrals = new LinkedHashMap<>();
    private final Map<ReferralRequestId, ReferralRequest> requests = new LinkedHashMap<>();
    private final RecordedTrail recorded = new RecordedTrail();
    private final List<AuditEvent> audited = recorded.events;
    private final List<AuditEvent> denied = recorded.denials;
    private final List<List<Object>> involvements = new ArrayList<>();
    private final Map<NhsNumber, Custodians.HeldPerson> held = new HashMap<>();

    private final Access access = new Access(
            Ports.backedBy(Relationships.class, new Object() {
                Optional<Relationship> with(Actor actor, FamilyId id, Instant at) {
                    return id.equals(family.id())
                            ? Optional.of(relationships.getOrDefault(actor.organisation(), Relationship.NONE))
                            : Optional.empty();
                }

                Optional<Map<FamilyId, Relationship>> withFamiliesOf(Actor actor, PersonId person, Instant at) {
                    return family.membershipOf(person).isPresent()
                            ? Optional.of(Map.of(
                                    family.id(), relationships.getOrDefault(actor.organisation(), Relationship.NONE)))
                            : Optional.empty();
                }
            }),
            (actor, family, day) -> java.util.Set.of(),
            (family, day) -> java.util.Set.of(),
            recorded.accessDenials(),
            CLOCK,
            recorded.unitOfWork());

    private final Families families = Ports.backedBy(Families.class, new Object() {
        Optional<Family> find(FamilyId id) {
            return id.equals(family.id()) ? Optional.of(family) : Optional.empty();
        }
    });

    private final Organisations directory = Ports.backedBy(Organisations.class, new Object() {
        Optional<Organisation> find(OrganisationId id) {
            return id.equals(EAST) ? Optional.empty() : Optional.of(new Organisation(id, id.value(), null));
        }

        Set<OrganisationId> unknownAmong(Collection<OrganisationId> ids) {
            return ids.contains(EAST) ? Set.of(EAST) : Set.of();
        }
    });

    private final People people = Ports.backedBy(People.class, new Object() {
        List<Person> findAll(Collection<PersonId> ids) {
            return ids.stream()
                    .flatMap(id -> List.of(mother, father, child).stream().filter(p -> p.id().equals(id)))
                    .toList();
        }

        Optional<Person> find(PersonId id) {
            return List.of(mother, father, child).stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst();
        }
    });

    private final ReferralConsent referralConsent =
            new ReferralConsent(new CoverageAnswers(Ports.backedBy(Consents.class, new Object() {
                List<ConsentInForce> inForce(PersonId subject, LocalDate day) {
                    return consents.getOrDefault(subject, List.of());
                }
            })));

    private final Referrals referralStore = Ports.backedBy(Referrals.class, new Object() {
        Optional<Referral> find(ReferralId id) {
            return Optional.ofNullable(referrals.get(id));
        }

        Optional<Referral> findForChange(ReferralId id) {
            return find(id);
        }

        void add(Referral referral) {
            referrals.put(referral.id(), referral);
        }

        Referral update(Referral referral) {
            referrals.put(referral.id(), referral);
            return referral;
        }
    });

    private final ReferralRequests requestStore = Ports.backedBy(ReferralRequests.class, new Object() {
        Optional<ReferralRequest> find(ReferralRequestId id) {
            return Optional.ofNullable(requests.get(id));
        }

        Optional<ReferralRequest> findForChange(ReferralRequestId id) {
            return find(id);
        }

        void add(ReferralRequest request) {
            requests.put(request.id(), request);
        }

        ReferralRequest update(ReferralRequest request) {
            requests.put(request.id(), request);
            return request;
        }

        Page<ReferralRequest> of(
                OrganisationId organisation,
                ReferralBox box,
                Optional<ReferralRequestStatus> status,
                PageRequest page) {
            List<ReferralRequest> found = requests.values().stream()
                    .filter(r -> (box == ReferralBox.INBOX ? r.holder() : r.asker()).equals(organisation))
                    .toList();
            return new Page<>(found, page, found.size());
        }
    });

    private final Involvements involved = Ports.backedBy(Involvements.class, new Object() {
        void addReferral(
                FamilyId id,
                OrganisationId organisation,
                OrganisationId referredBy,
                UUID referral,
                Set<PersonId> named,
                Set<InformationCategory> categories,
                Instant since) {
            involvements.add(List.of(id, organisation, referredBy, referral, named, categories));
        }
    });

    private final ReferralParties parties = new ReferralParties(access, referralStore, requestStore);

    /** Each referral is recorded as the sharing decision it is. */
    private final Map<ReferralId, SharingDecision> decisions = new HashMap<>();

    private final ReferralDecisions referralDecisions = new ReferralDecisions(
            new ShareFacts(
                    directory,
                    new CoverageAnswers(Ports.backedBy(Consents.class, new Object() {
                        Map<PersonId, List<ConsentInForce>> membersWithConsentsInForce(
                                FamilyId id, Set<PersonId> subjects, LocalDate day) {
                            Map<PersonId, List<ConsentInForce>> members = new HashMap<>();
                            if (id.equals(family.id())) {
                                family.members()
                                        .forEach(membership -> members.put(
                                                membership.person(),
                                                subjects.contains(membership.person())
                                                        ? consents.getOrDefault(membership.person(), List.of())
                                                        : List.of()));
                            }
                            return members;
                        }
                    })),
                    // A referral carries categories, never case notes: nothing to read.
                    Ports.backedBy(CaseNotes.class, new Object() {}),
                    access,
                    CLOCK),
            Ports.backedBy(SharingDecisions.class, new Object() {
                void add(SharingDecision decision) {
                    decisions.put(decision.referral(), decision);
                }

                Optional<SharingDecision> forReferral(ReferralId referral) {
                    return Optional.ofNullable(decisions.get(referral));
                }
            }));

    private final MakeReferral makeReferral = new MakeReferral(
            access, families, directory, people, referralStore, referralConsent, referralDecisions, CLOCK);
    private final AcceptReferral acceptReferral = new AcceptReferral(
            access, parties, referralStore, referralConsent, referralDecisions, involved, people, CLOCK);
    private final GetReferral getReferral = new GetReferral(access, parties, people);
    private final AskForReferral askForReferral = new AskForReferral(
            access,
            Ports.backedBy(Custodians.class, new Object() {
                Optional<Custodians.HeldPerson> ofNhsNumber(NhsNumber nhsNumber) {
                    return Optional.ofNullable(held.get(nhsNumber));
                }
            }),
            requestStore);
    private final ListReferralRequests listRequests = new ListReferralRequests(access, requestStore, people);
    private final AnswerReferralRequest answerRequest =
            new AnswerReferralRequest(access, parties, requestStore, families, makeReferral);

    ReferralUseCasesTest() {
        relationships.put(NORTH, new Relationship(true, List.of(), true, true, false, false));
        held.put(mother.nhsNumber().orElseThrow(), new Custodians.HeldPerson(mother.id(), Set.of(NORTH)));
    }

    // --- making a referral ---------------------------------------------------------------------

    @Test
    void a_referral_every_named_persons_consent_covers_is_made_and_audited_in_the_family() {
        consentToSouth(mother.id());
        consentToSouth(child.id());

        ReferralDetails made = makeReferral.make(NORTH_PRACTITIONER, toSouth(mother.id(), child.id()));

        assertThat(made.referral().status()).isEqualTo(ReferralStatus.PENDING);
        assertThat(made.people()).extracting(Person::id).containsExactly(mother.id(), child.id());
        assertThat(referrals).containsKey(made.referral().id());
        assertThat(audited)
                .filteredOn(event -> event.action() == AuditAction.REFERRAL_MADE)
                .singleElement()
                .satisfies(event -> assertThat(event.familyId()).contains(family.id()));
        assertThat(decisions.get(made.referral().id())).satisfies(decision -> {
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
        assertThat(referrals).isEmpty();

        ReferralId referral = makeReferral
                .make(lead, withoutConsent(harm, child.id()))
                .referral()
                .id();
        assertThat(decisions.get(referral).advice().outcome()).isEqualTo(SharingOutcome.SHARE_WITHOUT_CONSENT);
        acceptReferral.accept(SOUTH_PRACTITIONER, referral);
        assertThat(involvements).hasSize(1);
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
        assertThat(referrals).isEmpty();
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
        assertThat(involvements)
                .containsExactly(List.of(
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
        consents.clear();

        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> acceptReferral.accept(SOUTH_PRACTITIONER, referral))
                .satisfies(e -> assertThat(e.code()).isEqualTo("not-covered"));
        assertThat(involvements).isEmpty();
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
        assertThat(referrals.get(referral).status()).isEqualTo(ReferralStatus.PENDING);
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
                .satisfies(details -> assertThat(details.person()).contains(mother));
    }

    @Test
    void an_nhs_number_nobody_holds_is_refused_and_one_the_asker_works_with_conflicts() {
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> askForReferral.ask(SOUTH_PRACTITIONER, ask(father)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("unknown-nhs-number"));
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> askForReferral.ask(NORTH_PRACTITIONER, ask(mother)))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-working-with"));
        assertThat(requests).isEmpty();
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
        assertThat(requests.get(request).status()).isEqualTo(ReferralRequestStatus.ANSWERED);
        assertThat(requests.get(request).referral()).contains(made.referral().id());
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
        assertThat(referrals).isEmpty();
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
        return new AskForReferral.Command(person.nhsNumber().orElseThrow(), Purpose.DIRECT_SUPPORT, null);
    }

    private void consentToEveryone() {
        List.of(mother, father, child).forEach(p -> consentToSouth(p.id()));
        List.of(mother, father, child).forEach(p -> consents.get(p.id()).add(consent(p.id(), NORTH)));
    }

    /** A given consent: basic details, for direct support, to south-council. */
    private void consentToSouth(PersonId subject) {
        consents.computeIfAbsent(subject, s -> new ArrayList<>()).add(consent(subject, SOUTH));
    }

    private ConsentInForce consent(PersonId subject, OrganisationId recipient) {
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
        return new ConsentInForce(consent.id(), family.id(), consent.current(), TeamAroundTheFamily.NONE);
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
