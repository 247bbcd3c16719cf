package org.cradle.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.Coverage;
import org.cradle.domain.consent.CoverageAnswer;
import org.cradle.domain.consent.CoverageAnswer.CategoryAnswer;
import org.cradle.domain.consent.CoverageAnswer.VersionRef;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** "When and how to share information", question by question, as the procedure reads. */
class SharingFlowchartTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final OrganisationId HEALTH = new OrganisationId("health-visiting");
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId INFANT = PersonId.newId();
    private static final PersonId FATHER = PersonId.newId();
    private static final Party TO_HEALTH = Party.organisation(HEALTH, null, null);
    private static final Actor PRACTITIONER = Actor.practitioner("p.north", NORTH, Set.of(Role.PRACTITIONER));
    private static final Actor SAFEGUARDING_LEAD = Actor.practitioner("s.north", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Actor CALDICOTT_GUARDIAN =
            Actor.practitioner("c.north", NORTH, Set.of(Role.CALDICOTT_GUARDIAN));
    private static final VersionRef MOTHERS_CONSENT = new VersionRef(ConsentId.newId(), 2);
    private static final String WHY = "Health visiting to support the mother's recovery after the birth.";
    private static final WithoutConsent HARM = new WithoutConsent(
            LawfulBasis.SIGNIFICANT_HARM_TO_A_CHILD,
            "Bruising seen on the infant at the home visit; the mother refused consent to tell health visiting.",
            "Only the visit's observations and the infant's basic details, not the mother's history.");

    private static ShareProposal proposal(
            String purpose, boolean identifying, boolean confidential, WithoutConsent withoutConsent) {
        return new ShareProposal(
                Purpose.DIRECT_SUPPORT,
                purpose,
                Set.of(MOTHER),
                Set.of(InformationCategory.MENTAL_HEALTH),
                TO_HEALTH,
                identifying,
                confidential,
                withoutConsent);
    }

    private static ShareProposal confidential(WithoutConsent withoutConsent) {
        return proposal(WHY, true, true, withoutConsent);
    }

    private static Map<PersonId, CoverageAnswer> consent(PersonId subject, Coverage coverage) {
        Optional<VersionRef> basis = Optional.of(MOTHERS_CONSENT);
        return Map.of(
                subject,
                new CoverageAnswer(
                        coverage,
                        basis,
                        List.of(new CategoryAnswer(InformationCategory.MENTAL_HEALTH, coverage, basis, false))));
    }

    private static List<FlowchartQuestion> questions(SharingAdvice advice) {
        return advice.path().stream().map(Step::question).toList();
    }

    @Test
    void without_a_clear_and_legitimate_purpose_do_not_share() {
        SharingAdvice advice = SharingFlowchart.walk(
                proposal(null, true, true, null), consent(MOTHER, Coverage.COVERED), SAFEGUARDING_LEAD);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.DO_NOT_SHARE);
        assertThat(questions(advice)).containsExactly(FlowchartQuestion.PURPOSE);
        assertThat(advice.decidingStep().yes()).isFalse();
    }

    @Test
    void information_that_identifies_no_one_may_be_shared_anonymised_or_aggregated() {
        SharingAdvice advice = SharingFlowchart.walk(proposal(WHY, false, true, null), Map.of(), PRACTITIONER);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.SHARE);
        assertThat(questions(advice)).containsExactly(FlowchartQuestion.PURPOSE, FlowchartQuestion.IDENTIFIES);
        assertThat(advice.decidingStep().reason()).contains("anonymised or aggregated");
    }

    @Test
    void information_that_is_not_confidential_may_be_shared() {
        SharingAdvice advice = SharingFlowchart.walk(proposal(WHY, true, false, null), Map.of(), PRACTITIONER);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.SHARE);
        assertThat(questions(advice))
                .containsExactly(
                        FlowchartQuestion.PURPOSE, FlowchartQuestion.IDENTIFIES, FlowchartQuestion.CONFIDENTIAL);
    }

    @Test
    void confidential_information_that_consent_covers_may_be_shared_citing_the_consent_versions_relied_on() {
        SharingAdvice advice =
                SharingFlowchart.walk(confidential(null), consent(MOTHER, Coverage.COVERED), PRACTITIONER);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.SHARE);
        assertThat(advice.reliedOn()).containsExactly(MOTHERS_CONSENT);
        assertThat(questions(advice)).endsWith(FlowchartQuestion.CONSENT);
        assertThat(advice.decidingStep().reason()).contains(MOTHERS_CONSENT.consent() + " version 2");
    }

    @Test
    void every_subject_must_be_covered_one_uncovered_subject_is_enough_to_ask_for_another_lawful_reason() {
        ShareProposal both = new ShareProposal(
                Purpose.DIRECT_SUPPORT,
                WHY,
                Set.of(MOTHER, INFANT),
                Set.of(InformationCategory.MENTAL_HEALTH),
                TO_HEALTH,
                true,
                true,
                null);

        SharingAdvice advice = SharingFlowchart.walk(both, consent(MOTHER, Coverage.COVERED), PRACTITIONER);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.DO_NOT_SHARE);
        assertThat(advice.path().get(3).reason()).contains(INFANT + ": no consent speaks to it");
        assertThat(advice.decidingStep().question()).isEqualTo(FlowchartQuestion.LAWFUL_BASIS);
    }

    @Test
    void without_consent_and_without_another_lawful_reason_do_not_share_respecting_the_refusal() {
        SharingAdvice advice =
                SharingFlowchart.walk(confidential(null), consent(MOTHER, Coverage.REFUSED), SAFEGUARDING_LEAD);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.DO_NOT_SHARE);
        assertThat(advice.path().get(3).reason()).contains("MENTAL_HEALTH refused");
        assertThat(advice.decidingStep().reason()).contains("respected");
    }

    @Test
    void a_lawful_basis_made_out_by_a_safeguarding_lead_shares_without_consent_and_says_what_it_overrides() {
        SharingAdvice advice =
                SharingFlowchart.walk(confidential(HARM), consent(MOTHER, Coverage.REFUSED), SAFEGUARDING_LEAD);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.SHARE_WITHOUT_CONSENT);
        assertThat(questions(advice))
                .containsExactly(
                        FlowchartQuestion.PURPOSE,
                        FlowchartQuestion.IDENTIFIES,
                        FlowchartQuestion.CONFIDENTIAL,
                        FlowchartQuestion.CONSENT,
                        FlowchartQuestion.LAWFUL_BASIS);
        assertThat(advice.decidingStep().reason())
                .contains("SIGNIFICANT_HARM_TO_A_CHILD", "s.north", "Proportionality", "overrides", "refused");
        assertThat(advice.reliedOn()).isEmpty();
    }

    @Test
    void a_caldicott_guardian_may_decide_it_too_and_a_withdrawn_consent_is_overridden_the_same_way() {
        SharingAdvice advice =
                SharingFlowchart.walk(confidential(HARM), consent(MOTHER, Coverage.WITHDRAWN), CALDICOTT_GUARDIAN);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.SHARE_WITHOUT_CONSENT);
        assertThat(advice.decidingStep().reason()).contains("withdrawn");
    }

    @Test
    void a_practitioner_without_safeguarding_competence_cannot_decide_to_share_without_consent() {
        SharingAdvice advice =
                SharingFlowchart.walk(confidential(HARM), consent(MOTHER, Coverage.NOT_ASKED), PRACTITIONER);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.DO_NOT_SHARE);
        assertThat(advice.lacking()).extracting(SharingAdvice.Lack::rule).containsExactly("safeguarding-competence");
    }

    @Test
    void a_lawful_basis_without_rationale_or_proportionality_is_not_made_out() {
        WithoutConsent bare = new WithoutConsent(LawfulBasis.COURT_ORDER, " ", null);

        SharingAdvice advice =
                SharingFlowchart.walk(confidential(bare), consent(MOTHER, Coverage.EXPIRED), SAFEGUARDING_LEAD);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.DO_NOT_SHARE);
        assertThat(advice.lacking())
                .extracting(SharingAdvice.Lack::field)
                .containsExactly("withoutConsent.rationale", "withoutConsent.proportionality");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new WithoutConsent(null, "why", "how much"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("withoutConsent.basis"));
    }

    @Test
    void nothing_about_a_person_is_shared_to_a_family_member_their_consent_excludes_not_even_on_a_lawful_basis() {
        ShareProposal toFather = new ShareProposal(
                Purpose.DIRECT_SUPPORT,
                WHY,
                Set.of(MOTHER),
                Set.of(InformationCategory.BASIC_DETAILS),
                Party.familyMember(FATHER),
                true,
                true,
                HARM);
        Map<PersonId, CoverageAnswer> excluded = Map.of(
                MOTHER,
                new CoverageAnswer(
                        Coverage.REFUSED,
                        Optional.of(MOTHERS_CONSENT),
                        List.of(new CategoryAnswer(
                                InformationCategory.BASIC_DETAILS,
                                Coverage.REFUSED,
                                Optional.of(MOTHERS_CONSENT),
                                true))));

        SharingAdvice advice = SharingFlowchart.walk(toFather, excluded, SAFEGUARDING_LEAD);

        assertThat(advice.outcome()).isEqualTo(SharingOutcome.DO_NOT_SHARE);
        assertThat(advice.decidingStep().question()).isEqualTo(FlowchartQuestion.CONSENT);
        assertThat(advice.decidingStep().reason()).contains("on any basis");
    }
}
