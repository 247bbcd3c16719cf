package org.cradle.contracts.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.application.access.Involvements;
import org.cradle.application.access.Relationships;
import org.cradle.application.breakglass.BreakGlassAccesses;
import org.cradle.application.consent.Consents;
import org.cradle.application.episode.Episodes;
import org.cradle.application.episode.Teams;
import org.cradle.application.family.Families;
import org.cradle.application.person.People;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.contracts.PortContract;
import org.cradle.domain.access.ReferralGrant;
import org.cradle.domain.access.Relationship;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.actor.Role;
import org.cradle.domain.breakglass.BreakGlassAccess;
import org.cradle.domain.breakglass.BreakGlassAccessId;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.episode.Episode;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.episode.PractitionerRef;
import org.cradle.domain.episode.ServiceType;
import org.cradle.domain.episode.TeamMembership;
import org.cradle.domain.family.Family;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.family.FamilyName;
import org.cradle.domain.family.FamilyRole;
import org.cradle.domain.family.RecordKeepingMode;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.cradle.domain.sharing.FlowchartQuestion;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.SharingOutcome;
import org.cradle.domain.sharing.Step;
import org.cradle.domain.sharing.Urgency;
import org.junit.jupiter.api.Test;

/**
 * What every source of the access policy's facts answers, from what the other ports recorded: the
 * custodian, accepted referrals with whom and what they name, an open episode of the actor's
 * organisation, the actor leading one or on its team that day, an unexpired break-glass grant, and what
 * decisions to share with the organisation show, each as it stands with the consent it rests on (ADR
 * 19). The facts are written through the ports themselves, so both implementations are fed alike.
 */
public abstract class RelationshipsContract extends PortContract {

    /** Midday, so that the day is the same in UTC and in Cradle's zone. */
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    private final OrganisationId own = organisation("own");
    private final OrganisationId referrer = organisation("referrer");
    private final OrganisationId stranger = organisation("stranger");
    private final Actor lead = Actor.practitioner("r.lead", own, Set.of(Role.PRACTITIONER));
    private final Actor colleague = Actor.practitioner("r.colleague", own, Set.of(Role.PRACTITIONER));
    private final Actor strangerActor = Actor.practitioner("r.stranger", stranger, Set.of(Role.PRACTITIONER));

    protected abstract Relationships relationships();

    protected abstract People people();

    protected abstract Families families();

    protected abstract Involvements involvements();

    protected abstract Episodes episodes();

    protected abstract Teams teams();

    protected abstract BreakGlassAccesses breakGlassAccesses();

    protected abstract SharingDecisions sharingDecisions();

    protected abstract Consents consents();

    @Test
    void a_family_cradle_does_not_hold_has_no_relationship_and_one_not_worked_with_has_none_of_the_facts() {
        Family family = family(own, person());

        assertThat(with(strangerActor, FamilyId.newId())).isNull();
        assertThat(with(strangerActor, family.id())).isEqualTo(Relationship.NONE);
    }

    @Test
    void the_custodian_works_with_the_family_and_its_open_episode_and_lead_are_its_own() {
        Family family = family(own, person());
        Episode episode = episode(family, own, lead);

        Relationship ofLead = with(lead, family.id());
        Relationship ofColleague = with(colleague, family.id());

        assertThat(ofLead.custodian()).isTrue();
        assertThat(ofLead.openEpisode()).isTrue();
        assertThat(ofLead.leadPractitioner()).isTrue();
        assertThat(ofColleague.custodian()).isTrue();
        assertThat(ofColleague.leadPractitioner()).as("another's lead").isFalse();

        transaction(() -> {
            Episode open = episodes().require(episode.id());
            open.close(open.version(), TODAY, "Done.", TODAY);
            episodes().update(open);
        });
        assertThat(with(lead, family.id())).satisfies(closed -> {
            assertThat(closed.openEpisode()).isFalse();
            assertThat(closed.leadPractitioner())
                    .as("the lead of a closed episode still")
                    .isTrue();
        });
        assertThat(with(strangerActor, family.id()).openEpisode()).isFalse();
    }

    @Test
    void a_team_member_is_one_from_the_day_they_joined_until_the_day_they_left() {
        Family family = family(own, person());
        Episode episode = episode(family, own, lead);
        Actor leaver = Actor.practitioner("r.leaver", own, Set.of(Role.PRACTITIONER));
        TeamMembership joined = TeamMembership.join(
                episode, new PractitionerRef(leaver.subject()), TODAY.minusDays(10), TODAY, "r.lead", NOW);
        transaction(() -> {
            teams().add(joined);
            teams().add(TeamMembership.join(
                    episode, new PractitionerRef(colleague.subject()), TODAY.minusDays(3), TODAY, "r.lead", NOW));
        });
        transaction(() -> teams().ended(joined.leave(TODAY.minusDays(1), TODAY)));

        assertThat(with(colleague, family.id()).teamMember()).as("on the team").isTrue();
        assertThat(withAt(leaver, family.id(), NOW.minusSeconds(11 * 86_400)).teamMember())
                .as("before they joined")
                .isFalse();
        assertThat(withAt(leaver, family.id(), NOW.minusSeconds(10 * 86_400)).teamMember())
                .as("the day they joined")
                .isTrue();
        assertThat(withAt(leaver, family.id(), NOW.minusSeconds(2 * 86_400)).teamMember())
                .as("their last day")
                .isTrue();
        assertThat(withAt(leaver, family.id(), NOW.minusSeconds(86_400)).teamMember())
                .as("the day they left")
                .isFalse();
        assertThat(with(leaver, family.id()).teamMember()).isFalse();
        assertThat(with(lead, family.id()).teamMember())
                .as("the lead is not on the team")
                .isFalse();
    }

    @Test
    void a_break_glass_grant_holds_from_the_instant_it_was_granted_until_it_expires_for_its_practitioner_only() {
        Family family = family(own, person());
        Actor breaker = Actor.practitioner("r.breaker", stranger, Set.of(Role.PRACTITIONER));
        transaction(() -> breakGlassAccesses()
                .add(BreakGlassAccess.reconstitute(
                        BreakGlassAccessId.newId(),
                        family.id(),
                        stranger,
                        breaker.subject(),
                        "Out of hours: the infant is in hospital.",
                        NOW,
                        NOW.plusSeconds(3600),
                        null,
                        0)));

        assertThat(withAt(breaker, family.id(), NOW).breakGlass()).isTrue();
        assertThat(withAt(breaker, family.id(), NOW.plusSeconds(3599)).breakGlass())
                .isTrue();
        assertThat(withAt(breaker, family.id(), NOW.plusSeconds(3600)).breakGlass())
                .as("expired")
                .isFalse();
        assertThat(withAt(breaker, family.id(), NOW.minusSeconds(1)).breakGlass())
                .as("not yet granted")
                .isFalse();
        assertThat(withAt(strangerActor, family.id(), NOW).breakGlass())
                .as("another practitioner")
                .isFalse();
        assertThat(withAt(breaker, family.id(), NOW).works()).isFalse();
    }

    @Test
    void an_accepted_referral_lets_the_organisation_work_with_the_family_seeing_what_it_names() {
        PersonId mother = person();
        PersonId infant = person();
        Family family = family(referrer, mother, infant);
        transaction(() -> involvements()
                .addReferral(
                        family.id(),
                        own,
                        referrer,
                        UUID.randomUUID(),
                        Set.of(infant),
                        Set.of(InformationCategory.BASIC_DETAILS, InformationCategory.DEVELOPMENT_AND_HEALTH),
                        NOW));

        Relationship referred = with(colleague, family.id());

        assertThat(referred.custodian()).isFalse();
        assertThat(referred.works()).isTrue();
        assertThat(referred.referrals())
                .containsExactly(new ReferralGrant(
                        referrer,
                        Set.of(infant),
                        Set.of(InformationCategory.BASIC_DETAILS, InformationCategory.DEVELOPMENT_AND_HEALTH)));
        assertThat(with(strangerActor, family.id()).referrals()).isEmpty();
    }

    @Test
    void a_decision_to_share_shows_its_subjects_and_categories_while_the_consent_it_rests_on_stands() {
        PersonId mother = person();
        Family family = family(referrer, mother);
        Consent consent = consent(family, mother);
        SharingDecision share = share(family, mother, SharingChoice.SHARE, consent);
        SharingDecision withheld = share(family, mother, SharingChoice.DO_NOT_SHARE, consent);
        transaction(() -> {
            consents().add(consent);
            sharingDecisions().add(share);
            sharingDecisions().add(withheld);
        });

        Relationship receiving = with(colleague, family.id());

        assertThat(receiving.shares())
                .containsExactly(new ReferralGrant(
                        referrer, Set.of(mother), Set.of(InformationCategory.MENTAL_HEALTH), Set.of(consent.id())));
        assertThat(receiving.works())
                .as("a share does not make it work with the family")
                .isFalse();

        transaction(() -> {
            Consent given = consents().require(consent.id());
            given.withdraw(given.current().number(), TODAY, lead, TODAY, NOW);
            consents().update(given);
        });
        assertThat(with(colleague, family.id()).shares()).as("withdrawn").isEmpty();
    }

    @Test
    void a_person_has_a_relationship_through_each_of_their_families_and_one_in_none_an_empty_set() {
        PersonId mother = person();
        Family first = family(own, mother);
        Family second = family(referrer, mother);
        PersonId alone = person();

        var byFamily = transaction(() -> relationships().withFamiliesOf(colleague, mother, NOW))
                .orElseThrow();

        assertThat(byFamily).containsOnlyKeys(first.id(), second.id());
        assertThat(byFamily.get(first.id()).custodian()).isTrue();
        assertThat(byFamily.get(second.id())).isEqualTo(Relationship.NONE);
        assertThat(transaction(() -> relationships().withFamiliesOf(colleague, alone, NOW)))
                .hasValueSatisfying(none -> assertThat(none).isEmpty());
        assertThat(transaction(() -> relationships().withFamiliesOf(colleague, PersonId.newId(), NOW)))
                .isEmpty();
    }

    private Relationship with(Actor actor, FamilyId family) {
        return withAt(actor, family, NOW);
    }

    private Relationship withAt(Actor actor, FamilyId family, Instant at) {
        return transaction(() -> relationships().with(actor, family, at)).orElse(null);
    }

    private PersonId person() {
        Person person = Person.reconstitute(
                PersonId.newId(),
                new PersonName("Contract", "Related"),
                new LifeDates(LocalDate.of(1994, 4, 4), null),
                null,
                NOW,
                0);
        transaction(() -> people().add(person));
        return person.id();
    }

    /** A family whose record {@code custodian} created, with these members. */
    private Family family(OrganisationId custodian, PersonId... members) {
        Family family =
                Family.start(FamilyId.newId(), new FamilyName("Related household"), RecordKeepingMode.LINKED, NOW);
        for (int i = 0; i < members.length; i++) {
            family.admit(members[i], i == 0 ? FamilyRole.MOTHER : FamilyRole.CHILD, true, i == 0, NOW);
        }
        transaction(() -> {
            families().add(family);
            involvements().addCustodian(family.id(), custodian, NOW);
        });
        return family;
    }

    private Episode episode(Family family, OrganisationId organisation, Actor lead) {
        Episode episode = Episode.open(
                EpisodeId.newId(),
                family.id(),
                ServiceType.EARLY_HELP,
                organisation,
                new PractitionerRef(lead.subject()),
                TODAY.minusDays(30),
                TODAY,
                NOW);
        transaction(() -> episodes().add(episode));
        return episode;
    }

    /** The mother's consent to share her mental health with the actors' organisation. */
    private Consent consent(Family family, PersonId mother) {
        return Consent.record(
                ConsentId.newId(),
                family.id(),
                mother,
                mother,
                Decision.GIVEN,
                new ConsentTerms(
                        EnumSet.of(Purpose.DIRECT_SUPPORT),
                        List.of(Recipient.organisation(own)),
                        EnumSet.of(InformationCategory.MENTAL_HEALTH),
                        Set.of(),
                        NotesKeptIn.LINKED_RECORDS,
                        ConsentMethod.EXPLICIT_WRITTEN,
                        TODAY.minusDays(5),
                        TODAY.plusMonths(6),
                        null),
                Actor.practitioner("r.referrer", referrer, Set.of(Role.PRACTITIONER)),
                TODAY,
                NOW);
    }

    private SharingDecision share(Family family, PersonId subject, SharingChoice choice, Consent restingOn) {
        return new SharingDecision(
                SharingDecisionId.newId(NOW),
                family.id(),
                referrer,
                "r.referrer",
                ActorKind.PRACTITIONER,
                new ShareProposal(
                        Purpose.DIRECT_SUPPORT,
                        "Her mental health, for the visit.",
                        Set.of(subject),
                        Set.of(InformationCategory.MENTAL_HEALTH),
                        Party.organisation(own, null, null),
                        true,
                        true,
                        null),
                choice,
                new SharingAdvice(
                        choice == SharingChoice.SHARE ? SharingOutcome.SHARE : SharingOutcome.DO_NOT_SHARE,
                        List.of(new Step(FlowchartQuestion.CONSENT, true, "Her consent covers it.")),
                        List.of(new VersionRef(restingOn.id(), 1)),
                        List.of()),
                null,
                Urgency.ROUTINE,
                true,
                null,
                List.of(),
                null,
                null,
                NOW);
    }
}
