package org.cradle.domain.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.Practitioner;
import org.cradle.domain.actor.Role;
import org.cradle.domain.casenote.CaseNote;
import org.cradle.domain.casenote.CaseNoteId;
import org.cradle.domain.casenote.CaseNoteVersion;
import org.cradle.domain.casenote.NoteContent;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.Consent;
import org.cradle.domain.consent.ConsentId;
import org.cradle.domain.consent.ConsentMethod;
import org.cradle.domain.consent.ConsentTerms;
import org.cradle.domain.consent.Decision;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.NotesKeptIn;
import org.cradle.domain.consent.Party;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.consent.Recipient;
import org.cradle.domain.episode.EpisodeId;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingDecisionId;
import org.cradle.domain.sharing.SharingFlowchart;
import org.cradle.domain.sharing.Telling;
import org.junit.jupiter.api.Test;

/** What each kind of record says in a package, and whom it concerns. */
class ExportItemsTest {

    private static final OrganisationId NORTH = new OrganisationId("north-council");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final PersonId MOTHER = PersonId.newId();
    private static final PersonId INFANT = PersonId.newId();
    private static final PersonId FATHER = PersonId.newId();

    /** The package names people as the reader knows them. */
    private static final ExportItems.Names NAMES =
            person -> person.equals(MOTHER) ? "Ada Mensah" : person.equals(FATHER) ? "Ben Mensah" : "Cy Mensah";

    private static final FamilyId FAMILY = FamilyId.newId();

    private static Consent consent(PersonId subject, PersonId grantor) {
        ConsentTerms terms = new ConsentTerms(
                Set.of(Purpose.DIRECT_SUPPORT),
                List.of(Recipient.teamAroundTheFamily()),
                Set.of(InformationCategory.BASIC_DETAILS),
                Set.of(FATHER),
                NotesKeptIn.INFANT_RECORD,
                ConsentMethod.EXPLICIT_WRITTEN,
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2027-05-01"),
                null);
        return Consent.record(
                ConsentId.newId(),
                FAMILY,
                subject,
                grantor,
                Decision.GIVEN,
                terms,
                new Practitioner("j.adeyemi", NORTH, Set.of(Role.PRACTITIONER)),
                LocalDate.parse("2026-11-20"),
                NOW);
    }

    @Test
    void a_consent_a_person_gave_for_themselves_concerns_them_alone_and_one_given_for_an_infant_its_grantor_too() {
        Consent own = consent(MOTHER, MOTHER);
        Consent forInfant = consent(INFANT, MOTHER);

        assertThat(ExportItems.consent(own, own.current(), NAMES).concerns()).containsExactly(MOTHER);
        assertThat(ExportItems.consent(forInfant, forInfant.current(), NAMES).concerns())
                .containsExactlyInAnyOrder(INFANT, MOTHER);
        assertThat(ExportItems.consent(own, own.current(), NAMES).fields())
                .contains(new ExportItem.Field("excludedFamilyMembers", "Ben Mensah"))
                .extracting(ExportItem.Field::name)
                .contains("decision", "purposes", "recipients", "categories", "reviewBy", "recordedBy");
    }

    @Test
    void a_case_note_version_concerns_whom_it_is_about_and_whom_it_names_and_says_what_it_said() {
        NoteContent content = new NoteContent(
                "Home visit.\nAll well.",
                InformationCategory.DEVELOPMENT_AND_HEALTH,
                NoteKind.OPINION,
                Set.of(MOTHER),
                Set.of(FATHER));
        CaseNote note = CaseNote.reconstitute(
                CaseNoteId.newId(),
                EpisodeId.newId(),
                FAMILY,
                NORTH,
                List.of(new CaseNoteVersion(1, content, "j.adeyemi", NOW, null)));

        ExportItem item = ExportItems.caseNote(note, note.current(), NAMES);

        assertThat(item.concerns()).containsExactlyInAnyOrder(MOTHER, FATHER);
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.fields())
                .contains(
                        new ExportItem.Field("text", "Home visit.\nAll well."), new ExportItem.Field("kind", "OPINION"))
                .extracting(ExportItem.Field::name)
                .doesNotContain("correctionReason");
    }

    @Test
    void a_disclosure_says_what_the_share_carried_fact_apart_from_opinion_and_the_referral_it_made() {
        var lead = Actor.practitioner("s.lead", NORTH, Set.of(Role.SAFEGUARDING_LEAD));
        CaseNoteId note = CaseNoteId.newId();
        var proposal = new ShareProposal(
                Purpose.DIRECT_SUPPORT,
                "Feeding support.",
                Set.of(MOTHER),
                Set.of(InformationCategory.DEVELOPMENT_AND_HEALTH),
                Party.organisation(new OrganisationId("health-visiting"), null, null),
                false,
                true,
                null,
                List.of(
                        SharedItem.caseNote(note, 2, null)
                                .asWritten(NoteKind.FACT, InformationCategory.DEVELOPMENT_AND_HEALTH),
                        new SharedItem(
                                NoteKind.OPINION,
                                InformationCategory.DEVELOPMENT_AND_HEALTH,
                                "Feeding, not neglect.",
                                null,
                                null)));
        var decision = SharingDecision.decide(
                SharingDecisionId.newId(java.time.Instant.parse("2026-12-02T09:00:00Z")),
                FAMILY,
                lead,
                proposal,
                SharingChoice.SHARE,
                SharingFlowchart.walk(proposal, java.util.Map.of(), lead),
                null,
                null,
                true,
                null,
                List.of(),
                null,
                null,
                NOW);

        var told = new Telling(
                decision.id(), MOTHER, LocalDate.parse("2026-11-25"), null, "s.lead", NOW.plusSeconds(86_400 * 5));
        assertThat(ExportItems.disclosure(decision, List.of(told), NAMES).fields())
                .contains(
                        new ExportItem.Field(
                                "shared",
                                "FACT (DEVELOPMENT_AND_HEALTH) case note " + note + " version 2, OPINION"
                                        + " (DEVELOPMENT_AND_HEALTH) — Feeding, not neglect."),
                        new ExportItem.Field("toldLater", "Ada Mensah on 2026-11-25"));
    }
}
