package org.cradle.adapters.rest.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.adapters.rest.ContractBounds;
import org.cradle.adapters.rest.RoleName;
import org.cradle.adapters.rest.consent.ConsentMessages.PartyBody;
import org.cradle.adapters.rest.consent.ConsentMessages.VersionRefView;
import org.cradle.application.sharing.SharingDecisionDetails;
import org.cradle.application.sharing.StillToTell;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.casenote.NoteKind;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.sharing.Consultation;
import org.cradle.domain.sharing.FlowchartQuestion;
import org.cradle.domain.sharing.LawfulBasis;
import org.cradle.domain.sharing.ShareProposal;
import org.cradle.domain.sharing.SharedItem;
import org.cradle.domain.sharing.SharingAdvice;
import org.cradle.domain.sharing.SharingChoice;
import org.cradle.domain.sharing.SharingDecision;
import org.cradle.domain.sharing.SharingOutcome;
import org.cradle.domain.sharing.Step;
import org.cradle.domain.sharing.Telling;
import org.cradle.domain.sharing.Urgency;
import org.cradle.domain.sharing.WithoutConsent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the sharing endpoints read and write. */
public final class SharingMessages {

    private SharingMessages() {}

    @Schema(
            name = "ShareProposal",
            description = "A share as you propose it: what for and why, about whom, which categories, to whom, and"
                    + " your answers to the flowchart's questions of judgement.")
    public record ShareProposalBody(
            @Schema(required = true, example = "SAFEGUARDING_REFERRAL") Purpose purpose,
            @Schema(
                            maxLength = ShareProposal.MAX_STATEMENT,
                            description = "Why this share, in your words. A purpose not stated is not a clear one:"
                                    + " the flowchart then says do not share.",
                            example = "Bruising seen at the home visit; the health visitor sees the infant tomorrow.")
                    String purposeStatement,
            @Schema(
                            required = true,
                            description = "Members of the family, each once.",
                            maxItems = ShareProposal.MAX_SUBJECTS)
                    List<UUID> subjectIds,
            @Schema(required = true, example = "[\"BASIC_DETAILS\", \"DEVELOPMENT_AND_HEALTH\"]")
                    Set<InformationCategory> categories,
            @Schema(
                            required = true,
                            description = "An organisation (optionally a role and practitioner), or a member"
                                    + " of the family (personId).")
                    PartyBody recipient,
            @Schema(
                            description = "Whether the information identifies anyone; false when anonymised or"
                                    + " aggregated. Default true.",
                            example = "true")
                    Boolean identifying,
            @Schema(description = "Whether the information is confidential. Default true.", example = "true")
                    Boolean confidential,
            @Schema(nullable = true, description = "Your case for sharing without consent, if you would.")
                    WithoutConsentBody withoutConsent,
            @Schema(
                            nullable = true,
                            maxItems = ShareProposal.MAX_ITEMS,
                            description = "What the share carries, item by item (at most 50): a case note by id and"
                                    + " version, whose own kind (fact or opinion) and category are recorded, or"
                                    + " information described with its kind and category. Every item's category must"
                                    + " be one the share names.")
                    List<SharedItemBody> content) {}

    @Schema(
            name = "SharedItem",
            description = "One thing a share carries: a case note's version (caseNoteId and version), or information"
                    + " described (kind, category and description).")
    public record SharedItemBody(
            @Schema(nullable = true, description = "A case note of the family that you may read.") UUID caseNoteId,
            @Schema(
                            nullable = true,
                            description = "The note's version shared, from 1.",
                            example = "2",
                            minimum = ContractBounds.FIRST,
                            maximum = ContractBounds.MOST_INT)
                    Integer version,
            @Schema(nullable = true, description = "FACT or OPINION; a case note's is its own.", example = "FACT")
                    NoteKind kind,
            @Schema(nullable = true, description = "A case note's is its own.", example = "DEVELOPMENT_AND_HEALTH")
                    InformationCategory category,
            @Schema(
                            nullable = true,
                            maxLength = SharedItem.MAX_DESCRIPTION,
                            description = "What is shared, in your words; optional for a case note.",
                            example = "Weight on the 9th centile at the 8-week check.")
                    String description) {}

    @Schema(name = "SharedItemView", description = "One thing the share carried.")
    public record SharedItemView(
            @Schema(example = "FACT") NoteKind kind,
            @Schema(example = "DEVELOPMENT_AND_HEALTH") InformationCategory category,
            @Schema(nullable = true, maxLength = SharedItem.MAX_DESCRIPTION) String description,
            @Schema(nullable = true) UUID caseNoteId,
            @Schema(nullable = true, example = "2", minimum = ContractBounds.FIRST, maximum = ContractBounds.MOST_INT)
                    Integer version) {

        static SharedItemView of(SharedItem item) {
            return new SharedItemView(
                    item.kind(),
                    item.category(),
                    item.description(),
                    item.isCaseNote() ? item.caseNote().value() : null,
                    item.version());
        }
    }

    @Schema(name = "WithoutConsent", description = "The case for sharing without consent.")
    public record WithoutConsentBody(
            @Schema(required = true, example = "SIGNIFICANT_HARM_TO_A_CHILD") LawfulBasis basis,
            @Schema(maxLength = WithoutConsent.MAX_TEXT, description = "Why the basis applies here.") String rationale,
            @Schema(maxLength = WithoutConsent.MAX_TEXT, description = "Why this much information and no less.")
                    String proportionality) {}

    @Schema(name = "ConsultationBody", description = "Someone you consulted, and their advice.")
    public record ConsultationBody(
            @Schema(required = true, example = "CALDICOTT_GUARDIAN") Consultation.Consulted role,
            @Schema(required = true, maxLength = Consultation.MAX_NAME_LENGTH, example = "Dr A. Mensah") String name,
            @Schema(
                            required = true,
                            maxLength = Consultation.MAX_ADVICE_LENGTH,
                            example = "Share the visit's observations only.")
                    String advice) {}

    @Schema(
            name = "SharingDecisionRequest",
            description = "A decision to share or not, on a proposal. The flowchart is walked again as you decide.")
    public record SharingDecisionBody(
            @Schema(required = true) ShareProposalBody proposal,
            @Schema(required = true, example = "SHARE") SharingChoice decision,
            @Schema(
                            maxLength = SharingDecision.MAX_TEXT,
                            description = "Your own words, beyond the flowchart's reasons.")
                    String note,
            @Schema(example = "URGENT", description = "ROUTINE when absent.") Urgency urgency,
            @Schema(description = "Whether the people it is about were told. Default true.", example = "true")
                    Boolean subjectsTold,
            @Schema(
                            maxLength = SharingDecision.MAX_TEXT,
                            description = "Why they were not told; required when they were not.")
                    String notToldReason,
            @Schema(description = "Whom you consulted.", maxItems = Consultation.MAX_CONSULTED)
                    List<ConsultationBody> consulted,
            @Schema(nullable = true, description = "The decision this one corrects.") UUID corrects) {}

    @Schema(name = "FlowchartStep", description = "One question of the flowchart, its answer and why.")
    public record StepView(
            @Schema(example = "CONSENT") FlowchartQuestion question,
            @Schema(example = "false") boolean answer,
            @Schema(example = "Consent does not cover it.", maxLength = Step.MAX_REASON_LENGTH) String reason) {}

    @Schema(name = "MissingForSharingWithoutConsent", description = "What sharing without consent still needs.")
    public record LackView(
            @Schema(example = "withoutConsent.rationale", maxLength = SharingAdvice.Lack.MAX_LENGTH) String field,
            @Schema(example = "required", maxLength = SharingAdvice.Lack.MAX_LENGTH) String rule,
            @Schema(maxLength = SharingAdvice.Lack.MAX_LENGTH) String message) {}

    @Schema(name = "SharingAdvice", description = "The flowchart's answer and the path it took.")
    public record AdviceView(
            @Schema(example = "SHARE_WITHOUT_CONSENT") SharingOutcome outcome,
            List<StepView> path,
            @Schema(description = "The consent versions a share relies on.") List<VersionRefView> reliedOn,
            @Schema(maxItems = SharingAdvice.Lack.KINDS) List<LackView> lacking) {

        static AdviceView of(SharingAdvice advice) {
            return new AdviceView(
                    advice.outcome(),
                    advice.path().stream()
                            .map(s -> new StepView(s.question(), s.yes(), s.reason()))
                            .toList(),
                    advice.reliedOn().stream().map(VersionRefView::of).toList(),
                    advice.lacking().stream()
                            .map(l -> new LackView(l.field(), l.rule(), l.message()))
                            .toList());
        }
    }

    @Schema(name = "SharingDecision", description = "A recorded decision, as made; never edited.")
    public record SharingDecisionView(
            UUID id,
            UUID familyId,
            @Schema(example = "north-council", maxLength = OrganisationId.MAX_LENGTH, pattern = OrganisationId.FORM)
                    String organisation,
            @Schema(example = "s.lead", maxLength = Actor.MAX_SUBJECT_LENGTH) String decidedBy,
            Instant decidedAt,
            @Schema(example = "SHARE") SharingChoice decision,
            @Schema(example = "SHARE") SharingOutcome outcome,
            @Schema(example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(nullable = true, maxLength = ShareProposal.MAX_STATEMENT) String purposeStatement,
            @Schema(uniqueItems = true, maxItems = ShareProposal.MAX_SUBJECTS) List<UUID> subjectIds,
            @Schema(uniqueItems = true) List<InformationCategory> categories,
            PartyBody recipient,
            @Schema(
                            description = "What the share carried, item by item, fact kept apart from opinion.",
                            maxItems = ShareProposal.MAX_ITEMS)
                    List<SharedItemView> content,
            @Schema(nullable = true) LawfulBasis lawfulBasis,
            @Schema(nullable = true, maxLength = WithoutConsent.MAX_TEXT) String rationale,
            @Schema(nullable = true, maxLength = WithoutConsent.MAX_TEXT) String proportionality,
            List<StepView> path,
            List<VersionRefView> reliedOn,
            @Schema(nullable = true, maxLength = SharingDecision.MAX_TEXT) String note,
            @Schema(example = "ROUTINE") Urgency urgency,
            boolean subjectsTold,
            @Schema(nullable = true, maxLength = SharingDecision.MAX_TEXT) String notToldReason,
            @Schema(maxItems = Consultation.MAX_CONSULTED) List<ConsultationBody> consulted,
            @Schema(nullable = true) UUID corrects,
            @Schema(nullable = true, description = "The referral this decision made, when the share is a referral.")
                    UUID referralId,
            @Schema(
                            description = "People the decision was about who were told of it afterwards.",
                            maxItems = ShareProposal.MAX_SUBJECTS)
                    List<TellingView> toldLater) {

        static SharingDecisionView of(SharingDecision d) {
            return of(d, List.of());
        }

        static SharingDecisionView of(SharingDecisionDetails details) {
            return of(details.decision(), details.toldLater());
        }

        static SharingDecisionView of(SharingDecision d, List<Telling> toldLater) {
            var p = d.proposal();
            var r = p.recipient();
            var w = p.withoutConsent();
            return new SharingDecisionView(
                    d.id().value(),
                    d.family().value(),
                    d.organisation().value(),
                    d.decidedBy(),
                    d.decidedAt(),
                    d.choice(),
                    d.advice().outcome(),
                    p.purpose(),
                    p.purposeStatement(),
                    p.subjects().stream().map(PersonId::value).sorted().toList(),
                    p.categories().stream().sorted().toList(),
                    new PartyBody(
                            r.organisation() == null ? null : r.organisation().value(),
                            r.role() == null ? null : new RoleName(r.role().tokenName()),
                            r.practitioner(),
                            r.familyMember() == null ? null : r.familyMember().value()),
                    p.content().stream().map(SharedItemView::of).toList(),
                    w == null ? null : w.basis(),
                    w == null ? null : w.rationale(),
                    w == null ? null : w.proportionality(),
                    AdviceView.of(d.advice()).path(),
                    d.advice().reliedOn().stream().map(VersionRefView::of).toList(),
                    d.note(),
                    d.urgency(),
                    d.subjectsTold(),
                    d.notToldReason(),
                    d.consulted().stream()
                            .map(c -> new ConsultationBody(c.role(), c.name(), c.advice()))
                            .toList(),
                    d.corrects() == null ? null : d.corrects().value(),
                    d.referral() == null ? null : d.referral().value(),
                    toldLater.stream().map(TellingView::of).toList());
        }
    }

    @Schema(description = "That a person a share was about has now been told of it.")
    public record TellingBody(
            @Schema(description = "The person told: one the decision is about.", required = true) UUID personId,
            @Schema(
                            description = "When they were told: between the decision and today.",
                            example = "2026-11-20",
                            required = true)
                    LocalDate toldOn,
            @Schema(
                            description = "How they were told (optional).",
                            example = "At the home visit, with her health visitor.",
                            maxLength = Telling.MAX_HOW)
                    String how) {}

    public record TellingView(
            UUID decisionId,
            UUID personId,
            @Schema(example = "2026-11-20") LocalDate toldOn,
            @Schema(nullable = true, maxLength = Telling.MAX_HOW) String how,
            @Schema(example = "s.lead", maxLength = Actor.MAX_SUBJECT_LENGTH) String recordedBy,
            Instant recordedAt) {

        static TellingView of(Telling t) {
            return new TellingView(
                    t.decision().value(), t.person().value(), t.toldOn(), t.how(), t.recordedBy(), t.recordedAt());
        }
    }

    @Schema(description = "A person a share was about who was not told of it, and has not been told since.")
    public record StillToTellView(
            UUID decisionId,
            UUID familyId,
            UUID personId,
            Instant decidedAt,
            @Schema(example = "s.lead", maxLength = Actor.MAX_SUBJECT_LENGTH) String decidedBy,
            @Schema(
                            nullable = true,
                            example = "childrens-social-care",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String recipient,
            @Schema(description = "Why they were not told at the time.", maxLength = SharingDecision.MAX_TEXT)
                    String notToldReason) {

        static StillToTellView of(StillToTell s) {
            return new StillToTellView(
                    s.decision().value(),
                    s.family().value(),
                    s.person().value(),
                    s.decidedAt(),
                    s.decidedBy(),
                    s.recipient() == null ? null : s.recipient().value(),
                    s.notToldReason());
        }
    }
}
