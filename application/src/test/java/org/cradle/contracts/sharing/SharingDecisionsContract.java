package org.cradle.contracts.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cradle.application.PageRequest;
import org.cradle.application.sharing.DisclosureQuery;
import org.cradle.application.sharing.SharingDecisions;
import org.cradle.application.sharing.StillToTell;
import org.cradle.contracts.PortContract;
import org.cradle.domain.actor.ActorKind;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.sharing.Consultation;
import org.cradle.domain.sharing.FlowchartQuestion;
import org.cradle.domain.sharing.LawfulBasis;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.SharingOutcome;
import org.cradle.domain.sharing.Step;
import org.cradle.domain.sharing.Telling;
import org.cradle.domain.sharing.Urgency;
import org.cradle.domain.sharing.WithoutConsent;
import org.junit.jupiter.api.Test;

/**
 * What every store of sharing decisions does: keeps each decision exactly as made, answers the
 * disclosure log for the decider and for the recipient of what was shared (never of what was withheld),
 * newest first and filtered before paging, records each person told once, and lists who is still to be
 * told, oldest decision first.
 */
public abstract class SharingDecisionsContract extends PortContract {

    private static final PageRequest ALL = new PageRequest(0, 50);

    private final OrganisationId decider = organisation("decider");
    private final OrganisationId recipient = organisation("recipient");
    private final PersonId mother = PersonId.newId();
    private final PersonId infant = PersonId.newId();

    protected abstract SharingDecisions decisions();

    /** A family Cradle holds, which decisions are about. */
    protected abstract FamilyId family();

    /** A referral made about the family, which a decision can record. */
    protected abstract ReferralId referral(FamilyId family, OrganisationId from, OrganisationId to);

    @Test
    void a_decision_reads_back_exactly_as_it_was_made_and_an_unknown_one_is_not_found() {
        SharingDecision made = withEverything(family());
        transaction(() -> decisions().add(made));

        assertThat(transaction(() -> decisions().find(made.id()))).contains(made);
        assertThat(transaction(() -> decisions().find(SharingDecisionId.newId(Instant.now()))))
                .isEmpty();
    }

    @Test
    void the_decision_a_referral_made_is_found_by_the_referral() {
        FamilyId family = family();
        ReferralId referral = referral(family, decider, recipient);
        SharingDecision made = decision(family, SharingChoice.SHARE, at("2026-05-01T09:00:00Z"), referral);
        transaction(() -> decisions().add(made));

        assertThat(transaction(() -> decisions().forReferral(referral))).contains(made);
        assertThat(transaction(() -> decisions().forReferral(ReferralId.newId())))
                .isEmpty();
    }

    @Test
    void the_disclosure_log_shows_the_decider_everything_and_the_recipient_only_what_was_shared_newest_first() {
        FamilyId family = family();
        SharingDecision older = decision(family, SharingChoice.SHARE, at("2026-05-01T09:00:00Z"), null);
        SharingDecision withheld = decision(family, SharingChoice.DO_NOT_SHARE, at("2026-05-02T09:00:00Z"), null);
        SharingDecision newer = decision(family, SharingChoice.SHARE, at("2026-05-03T09:00:00Z"), null);
        transaction(() -> List.of(older, withheld, newer).forEach(decisions()::add));
        DisclosureQuery everything = new DisclosureQuery(null, family, null, null, null);

        var forDecider = transaction(() -> decisions().find(everything, decider, ALL));
        var forRecipient = transaction(() -> decisions().find(everything, recipient, ALL));
        var forStranger = transaction(() -> decisions().find(everything, organisation("stranger"), ALL));

        assertThat(forDecider.items()).containsExactly(newer, withheld, older);
        assertThat(forDecider.totalItems()).isEqualTo(3);
        assertThat(forRecipient.items()).containsExactly(newer, older);
        assertThat(forRecipient.totalItems()).isEqualTo(2);
        assertThat(forStranger.items()).isEmpty();
        assertThat(forStranger.totalItems()).isZero();
    }

    @Test
    void the_disclosure_log_filters_by_person_recipient_and_time_before_it_pages() {
        FamilyId family = family();
        SharingDecision aboutMother = about(family, mother, recipient, at("2026-05-01T09:00:00Z"));
        SharingDecision aboutInfant = about(family, infant, organisation("elsewhere"), at("2026-05-02T09:00:00Z"));
        SharingDecision later = decision(family, SharingChoice.SHARE, at("2026-05-04T09:00:00Z"), null);
        transaction(() -> List.of(aboutMother, aboutInfant, later).forEach(decisions()::add));

        assertThat(transaction(() ->
                                decisions().find(new DisclosureQuery(infant, null, null, null, null), decider, ALL))
                        .items())
                .containsExactly(later, aboutInfant);
        assertThat(transaction(() -> decisions()
                                .find(new DisclosureQuery(mother, family, recipient, null, null), decider, ALL))
                        .items())
                .containsExactly(later, aboutMother);
        assertThat(transaction(() -> decisions()
                                .find(
                                        new DisclosureQuery(
                                                null,
                                                family,
                                                null,
                                                at("2026-05-02T09:00:00Z"),
                                                at("2026-05-04T09:00:00Z")),
                                        decider,
                                        ALL))
                        .items())
                .as("from is inclusive, to is not")
                .containsExactly(aboutInfant);
        var second = transaction(() ->
                decisions().find(new DisclosureQuery(null, family, null, null, null), decider, new PageRequest(1, 2)));
        assertThat(second.items()).containsExactly(aboutMother);
        assertThat(second.totalItems()).isEqualTo(3);
    }

    @Test
    void a_person_is_told_of_a_decision_once_and_the_tellings_read_in_the_order_they_were_recorded() {
        SharingDecision decision = untold(family(), at("2026-05-01T09:00:00Z"));
        transaction(() -> decisions().add(decision));
        Telling infantFirst = telling(decision, infant, at("2026-05-03T10:00:00Z"));
        Telling motherNext = telling(decision, mother, at("2026-05-04T10:00:00Z"));

        assertThat(transaction(() -> decisions().add(infantFirst))).isTrue();
        assertThat(transaction(() -> decisions().add(motherNext))).isTrue();
        assertThat(transaction(() -> decisions().add(telling(decision, infant, at("2026-05-05T10:00:00Z")))))
                .as("the infant was already told")
                .isFalse();

        assertThat(transaction(() -> decisions().tellings(decision.id()))).containsExactly(infantFirst, motherNext);
    }

    @Test
    void who_is_still_to_be_told_is_each_subject_of_the_organisations_untold_shares_oldest_first_until_told() {
        FamilyId family = family();
        SharingDecision first = untold(family, at("2026-05-01T09:00:00Z"));
        SharingDecision second = untold(family, at("2026-05-02T09:00:00Z"));
        SharingDecision told = decision(family, SharingChoice.SHARE, at("2026-05-03T09:00:00Z"), null);
        transaction(() -> List.of(second, told, first).forEach(decisions()::add));
        transaction(() -> decisions().add(telling(second, mother, at("2026-05-06T10:00:00Z"))));

        var still = transaction(() -> decisions().stillToTell(decider, ALL));

        assertThat(still.items())
                .extracting(StillToTell::decision, StillToTell::person)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first.id(), mother),
                        org.assertj.core.groups.Tuple.tuple(first.id(), infant),
                        org.assertj.core.groups.Tuple.tuple(second.id(), infant));
        assertThat(still.items().subList(0, 2))
                .extracting(StillToTell::decision)
                .containsOnly(first.id());
        assertThat(still.items().get(0)).satisfies(one -> {
            assertThat(one.family()).isEqualTo(family);
            assertThat(one.decidedAt()).isEqualTo(first.decidedAt());
            assertThat(one.decidedBy()).isEqualTo("d.decider");
            assertThat(one.recipient()).isEqualTo(recipient);
            assertThat(one.notToldReason()).isEqualTo("Telling her would alert her partner.");
        });
        assertThat(still.totalItems()).isEqualTo(3);
        assertThat(transaction(() -> decisions().stillToTell(recipient, ALL)).items())
                .as("the recipient tells nobody")
                .isEmpty();
    }

    /** A decision to share with the recipient, about the mother and the infant, the subjects told. */
    private SharingDecision decision(FamilyId family, SharingChoice choice, Instant at, ReferralId referral) {
        return new SharingDecision(
                SharingDecisionId.newId(at),
                family,
                decider,
                "d.decider",
                ActorKind.PRACTITIONER,
                new ShareProposal(
                        Purpose.DIRECT_SUPPORT,
                        "Health visiting sees the infant tomorrow.",
                        Set.of(mother, infant),
                        Set.of(InformationCategory.BASIC_DETAILS),
                        Party.organisation(recipient, null, null),
                        true,
                        true,
                        null),
                choice,
                new SharingAdvice(
                        choice == SharingChoice.SHARE ? SharingOutcome.SHARE : SharingOutcome.DO_NOT_SHARE,
                        List.of(new Step(FlowchartQuestion.PURPOSE, true, "A clear purpose.")),
                        List.of(),
                        List.of()),
                null,
                Urgency.ROUTINE,
                true,
                null,
                List.of(),
                null,
                referral,
                at);
    }

    private SharingDecision about(FamilyId family, PersonId subject, OrganisationId to, Instant at) {
        SharingDecision base = decision(family, SharingChoice.SHARE, at, null);
        ShareProposal proposal = base.proposal();
        return withProposal(
                base,
                new ShareProposal(
                        proposal.purpose(),
                        proposal.purposeStatement(),
                        Set.of(subject),
                        proposal.categories(),
                        Party.organisation(to, null, null),
                        true,
                        true,
                        null));
    }

    /** A share whose subjects were not told at the time, for a reason. */
    private SharingDecision untold(FamilyId family, Instant at) {
        SharingDecision base = decision(family, SharingChoice.SHARE, at, null);
        return new SharingDecision(
                base.id(),
                base.family(),
                base.organisation(),
                base.decidedBy(),
                base.decidedByKind(),
                base.proposal(),
                base.choice(),
                base.advice(),
                base.note(),
                base.urgency(),
                false,
                "Telling her would alert her partner.",
                base.consulted(),
                null,
                null,
                base.decidedAt());
    }

    /** A decision with every optional part filled in, so that a column forgotten reads back different. */
    private SharingDecision withEverything(FamilyId family) {
        Instant at = at("2026-05-01T09:00:00.123456Z");
        SharingDecision base = decision(family, SharingChoice.SHARE, at, null);
        SharingDecision corrected = decision(family, SharingChoice.DO_NOT_SHARE, at.minusSeconds(60), null);
        transaction(() -> decisions().add(corrected));
        return new SharingDecision(
                base.id(),
                family,
                decider,
                "d.decider",
                ActorKind.PRACTITIONER,
                new ShareProposal(
                        Purpose.SAFEGUARDING_REFERRAL,
                        "Bruising seen at the home visit.",
                        Set.of(mother, infant),
                        Set.of(InformationCategory.BASIC_DETAILS, InformationCategory.DEVELOPMENT_AND_HEALTH),
                        Party.organisation(recipient, Role.SAFEGUARDING_LEAD, "r.named"),
                        false,
                        false,
                        new WithoutConsent(
                                LawfulBasis.SIGNIFICANT_HARM_TO_A_CHILD,
                                "Bruising on the infant's arm.",
                                "Only what the visit needs."),
                        List.of(
                                new SharedItem(
                                        NoteKind.FACT,
                                        InformationCategory.DEVELOPMENT_AND_HEALTH,
                                        "Weight on the 9th centile.",
                                        CaseNoteId.newId(),
                                        2),
                                new SharedItem(
                                        NoteKind.OPINION,
                                        InformationCategory.BASIC_DETAILS,
                                        "Lives with her grandmother.",
                                        null,
                                        null))),
                SharingChoice.SHARE,
                new SharingAdvice(
                        SharingOutcome.SHARE_WITHOUT_CONSENT,
                        List.of(
                                new Step(FlowchartQuestion.PURPOSE, true, "Safeguarding."),
                                new Step(FlowchartQuestion.CONSENT, false, "Not asked: it would alert."),
                                new Step(FlowchartQuestion.LAWFUL_BASIS, true, "Significant harm.")),
                        List.of(new VersionRef(ConsentId.newId(), 3)),
                        List.of()),
                "Shared by phone, then in writing.",
                Urgency.IMMEDIATE,
                false,
                "Telling her would alert her partner.",
                List.of(new Consultation(Consultation.Consulted.values()[0], "C. Guardian", "Share the minimum.")),
                corrected.id(),
                null,
                at);
    }

    private static SharingDecision withProposal(SharingDecision base, ShareProposal proposal) {
        return new SharingDecision(
                base.id(),
                base.family(),
                base.organisation(),
                base.decidedBy(),
                base.decidedByKind(),
                proposal,
                base.choice(),
                base.advice(),
                base.note(),
                base.urgency(),
                base.subjectsTold(),
                base.notToldReason(),
                base.consulted(),
                base.corrects(),
                base.referral(),
                base.decidedAt());
    }

    private static Telling telling(SharingDecision decision, PersonId person, Instant at) {
        return new Telling(decision.id(), person, LocalDate.parse("2026-05-03"), "At the home visit.", "t.teller", at);
    }
}
