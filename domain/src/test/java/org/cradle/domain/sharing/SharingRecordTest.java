package org.cradle.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cradle.domain.ConflictException;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.RuleViolationException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** What a recorded share carries, and telling the people it was about afterwards, as the record keeps them. */
class SharingRecordTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final Party TO_HEALTH = Party.organisation(new OrganisationId("health-visiting"), null, null);
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId FATHER = PersonId.newId();
    private static final Actor LEAD = Actor.practitioner("s.north", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
    private static final Instant DECIDED = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final WithoutConsent HARM = new WithoutConsent(
            LawfulBasis.SIGNIFICANT_HARM_TO_A_CHILD, "Bruising seen at the visit.", "The visit's observations only.");

    private static ShareProposal proposal(List<SharedItem> content) {
        return new ShareProposal(
                Purpose.DIRECT_SUPPORT,
                "Health visiting sees the infant tomorrow.",
                Set.of(MOTHER),
                Set.of(InformationCategory.DEVELOPMENT_AND_HEALTH),
                TO_HEALTH,
                true,
                true,
                HARM,
                content);
    }

    private static SharingDecision sharedWithoutTelling() {
        ShareProposal proposal = proposal(List.of());
        return SharingDecision.decide(
                SharingDecisionId.newId(java.time.Instant.parse("2026-12-02T09:00:00Z")),
                FamilyId.newId(),
                LEAD,
                proposal,
                SharingChoice.SHARE,
                SharingFlowchart.walk(proposal, Map.of(), LEAD),
                null,
                Urgency.IMMEDIATE,
                false,
                "Telling her now would alert her partner.",
                List.of(),
                null,
                null,
                DECIDED);
    }

    @Test
    void fact_and_opinion_are_kept_apart_and_a_share_never_carries_a_category_it_does_not_name() {
        SharedItem seen = new SharedItem(
                NoteKind.FACT, InformationCategory.DEVELOPMENT_AND_HEALTH, "Weight on the 9th centile.", null, null);
        SharedItem judged = new SharedItem(
                NoteKind.OPINION, InformationCategory.DEVELOPMENT_AND_HEALTH, "Feeding, not neglect.", null, null);
        assertThat(proposal(List.of(seen, judged)).content())
                .extracting(SharedItem::kind)
                .containsExactly(NoteKind.FACT, NoteKind.OPINION);

        SharedItem police =
                new SharedItem(NoteKind.FACT, InformationCategory.DOMESTIC_ABUSE, "Police called.", null, null);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> proposal(List.of(seen, police)))
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("content[1].category");
                    assertThat(e.rule()).isEqualTo("not-named");
                });
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new SharedItem(null, InformationCategory.DEVELOPMENT_AND_HEALTH, "Seen.", null, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void a_case_note_is_shared_by_version_and_carries_the_kind_and_category_it_was_written_with() {
        CaseNoteId note = CaseNoteId.newId();
        SharedItem item = SharedItem.caseNote(note, 2, null);
        assertThat(proposal(List.of(item)).content()).containsExactly(item);

        SharedItem asWritten = item.asWritten(NoteKind.OPINION, InformationCategory.MENTAL_HEALTH);
        assertThat(asWritten.kind()).isEqualTo(NoteKind.OPINION);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> proposal(List.of(asWritten)))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-named"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> SharedItem.caseNote(note, null, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void a_person_not_told_of_a_share_is_told_later_once_between_the_decision_and_today() {
        SharingDecision decision = sharedWithoutTelling();

        Telling told = decision.tell(MOTHER, TODAY, "At the clinic, alone.", false, LEAD, TODAY, Instant.now());
        assertThat(told.person()).isEqualTo(MOTHER);
        assertThat(told.recordedBy()).isEqualTo("s.north");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> decision.tell(MOTHER, TODAY, null, true, LEAD, TODAY, Instant.now()))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-told"));
        assertThatExceptionOfType(RuleViolationException.class)
                .isThrownBy(() -> decision.tell(FATHER, TODAY, null, false, LEAD, TODAY, Instant.now()))
                .satisfies(e -> assertThat(e.code()).isEqualTo("not-a-subject"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> decision.tell(MOTHER, TODAY.plusDays(1), null, false, LEAD, TODAY, Instant.now()))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-in-range"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        decision.tell(MOTHER, LocalDate.parse("2026-11-19"), null, false, LEAD, TODAY, Instant.now()))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("not-in-range"));
    }

    @Test
    void nobody_waits_to_be_told_of_a_share_they_were_told_of_or_of_a_decision_not_to_share() {
        ShareProposal proposal = proposal(List.of());
        SharingDecision withheld = SharingDecision.decide(
                SharingDecisionId.newId(java.time.Instant.parse("2026-12-02T09:00:00Z")),
                FamilyId.newId(),
                LEAD,
                proposal,
                SharingChoice.DO_NOT_SHARE,
                SharingFlowchart.walk(proposal, Map.of(), LEAD),
                "Not now.",
                null,
                false,
                null,
                List.of(),
                null,
                null,
                DECIDED);
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> withheld.tell(MOTHER, TODAY, null, false, LEAD, TODAY, Instant.now()))
                .satisfies(e -> assertThat(e.code()).isEqualTo("nobody-to-tell"));
    }
}
