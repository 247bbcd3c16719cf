package org.cradle.adapters.rest.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cradle.adapters.rest.sharing.SharingMessages.WithoutConsentBody;
import org.cradle.application.referral.ReferralDetails;
import org.cradle.application.referral.ReferralRequestDetails;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.consent.InformationCategory;
import org.cradle.domain.consent.Purpose;
import org.cradle.domain.organisation.OrganisationId;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonName;
import org.cradle.domain.referral.Referral;
import org.cradle.domain.referral.ReferralId;
import org.cradle.domain.referral.ReferralRequest;
import org.cradle.domain.referral.ReferralRequestId;
import org.cradle.domain.referral.ReferralRequestStatus;
import org.cradle.domain.referral.ReferralStatus;
import org.cradle.domain.sharing.SharingDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the referral endpoints. */
public final class ReferralMessages {

    private ReferralMessages() {}

    @Schema(
            name = "MakeReferralRequest",
            description = "Refers the family (the people named) to another organisation in the directory. Each"
                    + " person's consent must cover it: this purpose, that organisation, every category, today.")
    public record MakeReferralRequest(
            @Schema(
                            required = true,
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM,
                            description = "The organisation referred to, by its code in the directory; not yours.",
                            example = "south-council")
                    String to,
            @Schema(required = true, example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(
                            required = true,
                            description = "Members of the family you work with, each once: the receiving organisation"
                                    + " will see these people and no others.",
                            example = "[\"6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51\"]",
                            maxItems = Referral.MAX_PEOPLE)
                    List<UUID> people,
            @Schema(
                            required = true,
                            description = "What of your records about the people the receiving organisation may see;"
                                    + " BASIC_DETAILS always (nobody is referred anonymously).",
                            example = "[\"BASIC_DETAILS\", \"DEVELOPMENT_AND_HEALTH\"]")
                    Set<InformationCategory> categories,
            @Schema(
                            nullable = true,
                            maxLength = Referral.MAX_NOTE_LENGTH,
                            description = "For the receiving organisation: why, and what is asked of it.",
                            example = "Mother asks for support with feeding; health visitor involved.")
                    String note,
            @Schema(
                            nullable = true,
                            description = "To refer without consent (or where it does not cover the referral): the"
                                    + " lawful basis, rationale and proportionality, decided by a safeguarding lead"
                                    + " or Caldicott guardian, exactly as for any share without consent.")
                    WithoutConsentBody withoutConsent,
            @Schema(
                            nullable = true,
                            description = "Whether the people named were told of the referral. Default true.",
                            example = "true")
                    Boolean subjectsTold,
            @Schema(
                            nullable = true,
                            maxLength = SharingDecision.MAX_TEXT,
                            description = "Why they were not told: required when subjectsTold is false.")
                    String notToldReason) {}

    @Schema(name = "DeclineReferralRequest", description = "Declines a referral made to your organisation.")
    public record DeclineReferralRequest(
            @Schema(
                            required = true,
                            maxLength = Referral.MAX_REASON_LENGTH,
                            description = "Why, for the referring organisation.",
                            example = "The family lives outside our area.")
                    String reason) {}

    @Schema(
            name = "AskForReferralRequest",
            description = "Asks the organisations holding the record of the person with this NHS number for a"
                    + " referral. You are told nothing of the person or of who holds them.")
    public record AskForReferralRequest(
            @Schema(
                            required = true,
                            description = "Ten digits, valid check digit; grouped 3-3-4 by a space or a hyphen if at"
                                    + " all.",
                            example = "9434765919",
                            maxLength = NhsNumber.MAX_WRITTEN_LENGTH,
                            pattern = NhsNumber.WRITTEN)
                    String nhsNumber,
            @Schema(required = true, example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(
                            nullable = true,
                            maxLength = ReferralRequest.MAX_NOTE_LENGTH,
                            description = "For the organisation asked: why you ask.",
                            example = "Mother came to our drop-in and asks for a family support worker.")
                    String note) {}

    @Schema(
            name = "ReferralAnswerRequest",
            description = "Answers a request for a referral by making one to the organisation that asked: from a"
                    + " family whose record you hold and the person asked about belongs to, naming that person.")
    public record ReferralAnswerRequest(
            @Schema(required = true, description = "A family whose record your organisation holds.") UUID familyId,
            @Schema(
                            required = true,
                            description = "Members of the family, each once, including the person asked about.",
                            example = "[\"6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51\"]",
                            maxItems = Referral.MAX_PEOPLE)
                    List<UUID> people,
            @Schema(required = true, description = "BASIC_DETAILS always.", example = "[\"BASIC_DETAILS\"]")
                    Set<InformationCategory> categories,
            @Schema(
                            nullable = true,
                            maxLength = Referral.MAX_NOTE_LENGTH,
                            example = "Known to our health visiting team since birth.")
                    String note) {}

    @Schema(name = "RefuseReferralRequestRequest", description = "Refuses a request for a referral made to you.")
    public record RefusalRequest(
            @Schema(
                            required = true,
                            maxLength = ReferralRequest.MAX_REASON_LENGTH,
                            description = "Why, for the organisation that asked.",
                            example = "The family does not agree to another service being involved.")
                    String reason) {}

    @Schema(
            name = "ReferredPerson",
            description = "A person the referral names, with the basic details consent covers sharing.")
    public record ReferredPersonView(
            @Schema(example = "6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51") UUID personId,
            @Schema(example = "Amara", maxLength = PersonName.MAX_LENGTH) String givenName,
            @Schema(example = "Okafor", maxLength = PersonName.MAX_LENGTH) String familyName,
            @Schema(example = "1994-04-04") LocalDate dateOfBirth,
            @Schema(nullable = true, example = "9434765919", maxLength = NhsNumber.LENGTH, pattern = NhsNumber.DIGITS)
                    String nhsNumber) {

        static ReferredPersonView of(Person person) {
            return new ReferredPersonView(
                    person.id().value(),
                    person.name().givenName(),
                    person.name().familyName(),
                    person.lifeDates().dateOfBirth(),
                    person.nhsNumber().map(NhsNumber::value).orElse(null));
        }
    }

    @Schema(
            name = "Referral",
            description = "A referral of a family from one organisation to another: its own content, which is all"
                    + " the receiving organisation sees of the family until it accepts.")
    public record ReferralView(
            @Schema(example = "3b2f8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f") UUID id,
            @Schema(
                            description = "The family referred. Until the referral is accepted, the receiving"
                                    + " organisation cannot open it (404).",
                            example = "0b6f7a7e-6d1c-4c1e-9a53-2f8e6f1f2c11")
                    UUID familyId,
            @Schema(
                            description = "The organisation that made it.",
                            example = "north-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String from,
            @Schema(
                            description = "The organisation it is made to.",
                            example = "south-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String to,
            @Schema(example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(description = "The people referred, in the order named.", maxItems = Referral.MAX_PEOPLE)
                    List<ReferredPersonView> people,
            @Schema(example = "[\"BASIC_DETAILS\", \"DEVELOPMENT_AND_HEALTH\"]", uniqueItems = true)
                    List<InformationCategory> categories,
            @Schema(
                            nullable = true,
                            example = "Mother asks for support with feeding.",
                            maxLength = Referral.MAX_NOTE_LENGTH)
                    String note,
            @Schema(example = "PENDING") ReferralStatus status,
            @Schema(
                            description = "Who made it, as their identity provider names them.",
                            example = "j.mensah",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String madeBy,
            Instant madeAt,
            @Schema(nullable = true, example = "k.osei", maxLength = Actor.MAX_SUBJECT_LENGTH) String answeredBy,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(
                            nullable = true,
                            example = "The family lives outside our area.",
                            maxLength = Referral.MAX_REASON_LENGTH)
                    String declineReason,
            @Schema(nullable = true, description = "The request for a referral this one answers.")
                    UUID referralRequestId) {

        static ReferralView of(ReferralDetails details) {
            Referral referral = details.referral();
            return new ReferralView(
                    referral.id().value(),
                    referral.family().value(),
                    referral.from().value(),
                    referral.to().value(),
                    referral.purpose(),
                    details.people().stream().map(ReferredPersonView::of).toList(),
                    referral.categories().stream().sorted().toList(),
                    referral.note().orElse(null),
                    referral.status(),
                    referral.madeBy(),
                    referral.madeAt(),
                    referral.answeredBy().orElse(null),
                    referral.answeredAt().orElse(null),
                    referral.declineReason().orElse(null),
                    referral.answering().map(ReferralRequestId::value).orElse(null));
        }
    }

    @Schema(
            name = "ReferralRequest",
            description = "A request for a referral. The organisation that asked sees what it asked, the status and"
                    + " the answer: never the person the NHS number found nor the organisation asked. The"
                    + " organisation asked also sees the person.")
    public record ReferralRequestView(
            @Schema(example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID id,
            @Schema(
                            description = "The organisation that asked.",
                            example = "south-council",
                            maxLength = OrganisationId.MAX_LENGTH,
                            pattern = OrganisationId.FORM)
                    String asker,
            @Schema(
                            description = "The NHS number it gave.",
                            example = "9434765919",
                            maxLength = NhsNumber.LENGTH,
                            pattern = NhsNumber.DIGITS)
                    String nhsNumber,
            @Schema(example = "DIRECT_SUPPORT") Purpose purpose,
            @Schema(
                            nullable = true,
                            example = "Mother came to our drop-in.",
                            maxLength = ReferralRequest.MAX_NOTE_LENGTH)
                    String note,
            @Schema(example = "OPEN") ReferralRequestStatus status,
            @Schema(example = "k.osei", maxLength = Actor.MAX_SUBJECT_LENGTH) String askedBy,
            Instant askedAt,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(
                            nullable = true,
                            description = "When answered: the referral made to the organisation that asked, which it"
                                    + " accepts or declines like any other.")
                    UUID referralId,
            @Schema(
                            nullable = true,
                            example = "The family does not agree to it.",
                            maxLength = ReferralRequest.MAX_REASON_LENGTH)
                    String refusalReason,
            @Schema(nullable = true, description = "Only for the organisation asked: the person found.")
                    ReferredPersonView person,
            @Schema(
                            nullable = true,
                            description = "Only for the organisation asked: who answered.",
                            example = "j.mensah",
                            maxLength = Actor.MAX_SUBJECT_LENGTH)
                    String answeredBy) {

        static ReferralRequestView of(ReferralRequestDetails details) {
            ReferralRequest request = details.request();
            return new ReferralRequestView(
                    request.id().value(),
                    request.asker().value(),
                    request.nhsNumber().value(),
                    request.purpose(),
                    request.note().orElse(null),
                    request.status(),
                    request.askedBy(),
                    request.askedAt(),
                    request.answeredAt().orElse(null),
                    request.referral().map(ReferralId::value).orElse(null),
                    request.refusalReason().orElse(null),
                    details.person().map(ReferredPersonView::of).orElse(null),
                    details.holderView() ? request.answeredBy().orElse(null) : null);
        }
    }

    @Schema(
            name = "ReferralRequestsMade",
            description = "The requests made: one to each organisation holding the record of one of the person's"
                    + " families (usually one).")
    public record AskedView(List<ReferralRequestView> requests) {}
}
